package lstmbench.report.results;

/**
 * What quantity a throughput.csv row's score is: the fixed vocabulary of its metric column.
 *
 * <p>The quantity in a throughput row's score.
 */
public enum ThroughputMetric {
    /**
     * timesteps processed per second, counting every batch row: a [B, T] batch is B x T timesteps,
     * an epoch the sum over its batches (higher is better). Unit text {@code timesteps/s}; results
     * folders written before this name was chosen say {@code SAMPLES_PER_SECOND} and
     * {@code samples/s}, which the reader maps to this.
     */
    TIMESTEPS_PER_SECOND(true),
    /** achieved GFLOP/s of the gate matrix products (higher is better). */
    GFLOPS(true),
    /** seconds per operation, e.g. per epoch (lower is better). */
    SECONDS_PER_OP(false),
    /** bytes allocated per operation, JMH's gc.alloc.rate.norm (lower is better). */
    ALLOC_BYTES_PER_OP(false),
    /**
     * bytes allocated per training step (one batch: forward, backward and optimiser update), an
     * epoch's gc.alloc.rate.norm divided by the epoch's batches (lower is better).
     */
    ALLOC_BYTES_PER_STEP(false);

    private final boolean higherIsBetter;

    ThroughputMetric(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
