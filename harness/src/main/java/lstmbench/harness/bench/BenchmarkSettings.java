package lstmbench.harness.bench;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import lstmbench.strategies.StrategyRegistry;

/**
 * How long and at which shapes the suite measures. Two named settings:
 *
 * <pre>
 * quick  1 fork, short iterations, every H and B, and one epoch after one warmup epoch of three
 *        strategies (sliding-window, chunked-reset, stateful-tbptt): about 5 minutes on 2 cores,
 *        for CI; the numbers are indicative (errors from one fork's iterations only).
 * full   3 forks of the chunk benchmarks and 2 of the epochs, with longer iterations: error bars
 *        across JVMs, worth quoting, for every H, B and all eight strategies. About 45 minutes.
 * </pre>
 *
 * <p>Two timings because the members differ by four orders of magnitude per op: the chunk
 * benchmarks (kernel, deeplearning4j, gemm) run many ops per timed iteration, the strategy epochs
 * run in single-shot mode, one epoch per iteration (their iteration times are not used).
 * hiddenSizes and batchSizes override the {@code @Param} H and B of every member that declares
 * them, strategies the {@code @Param} strategy (registry spec strings).
 */
public record BenchmarkSettings(
        String name,
        Timing chunks,
        Timing epochs,
        List<Integer> hiddenSizes,
        List<Integer> batchSizes,
        List<String> strategies) {
    /** The hidden sizes H and batch sizes B the chunk benchmarks measure. */
    public static final List<Integer> HIDDEN_SIZES = List.of(10, 32, 64, 128);

    public static final List<Integer> BATCH_SIZES = List.of(1, 32, 128);
    /** The quick setting's strategies: the per-step reset, the chunked reset and the carried state. */
    public static final List<String> QUICK_STRATEGIES = List.of("sliding-window", "chunked-reset", "stateful-tbptt");

    /**
     * Forks, and warmup and measurement iterations with their length, of one group of members.
     * Iteration lengths are ignored by single-shot benchmarks (one op per iteration).
     */
    public record Timing(
            int forks, int warmupIterations, Duration warmupTime, int measurementIterations, Duration measurementTime) {
        public Timing {
            if (forks < 0) {
                throw new IllegalArgumentException("forks must be >= 0 (0 runs in this JVM, for tests only): " + forks);
            }
            if (warmupIterations < 0 || measurementIterations < 1) {
                throw new IllegalArgumentException("need warmupIterations >= 0 and measurementIterations >= 1, got "
                        + warmupIterations + " and " + measurementIterations);
            }
            if (warmupTime.isNegative() || measurementTime.isZero() || measurementTime.isNegative()) {
                throw new IllegalArgumentException(
                        "iteration times must be positive: warmup " + warmupTime + ", measurement " + measurementTime);
            }
        }
    }

    public BenchmarkSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chunks, "chunks");
        Objects.requireNonNull(epochs, "epochs");
        hiddenSizes = List.copyOf(hiddenSizes);
        batchSizes = List.copyOf(batchSizes);
        strategies = List.copyOf(strategies);
        if (hiddenSizes.isEmpty()
                || batchSizes.isEmpty()
                || hiddenSizes.stream().anyMatch(v -> v < 1)
                || batchSizes.stream().anyMatch(v -> v < 1)) {
            throw new IllegalArgumentException("hidden and batch sizes must be non-empty lists of values >= 1: H="
                    + hiddenSizes + ", B=" + batchSizes);
        }
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("need at least one strategy spec");
        }
        strategies.forEach(StrategyRegistry::parse);
    }

    /**
     * For CI and a first look, about 5 minutes on 2 cores: chunk benchmarks 1 fork x 3 iterations of
     * 400 ms after 3 warmup iterations of 1 s (the Vector API gate loops run boxed, at tens of ms and
     * megabytes per chunk, until C2 has compiled them, which took 2 to 3 s of warmup at B = 32; with
     * 3 x 400 ms the kernel still allocated up to 6.7 MB per chunk); epochs 1 fork, 1 warmup epoch and
     * 2 measured ones of QUICK_STRATEGIES.
     */
    public static BenchmarkSettings quick() {
        return new BenchmarkSettings(
                "quick",
                new Timing(1, 3, Duration.ofSeconds(1), 3, Duration.ofMillis(400)),
                new Timing(1, 1, Duration.ofSeconds(1), 2, Duration.ofSeconds(1)),
                HIDDEN_SIZES,
                BATCH_SIZES,
                QUICK_STRATEGIES);
    }

    /**
     * Error bars worth quoting. Chunks: 3 forks x 4 iterations of 2 s after 3 s of warmup per fork.
     * An iteration is 2 s so that even slow kernel shapes run tens of ops per iteration: JMH's
     * -prof gc counts every thread of the fork, and its per-iteration bookkeeping (about 6 KB,
     * measured as the excess over ~474 B/op of slow shapes in 400 ms iterations) is divided by the
     * ops of the iteration, so short iterations inflate gc.alloc.rate.norm of slow shapes.
     * Epochs: 2 forks x 5 measured epochs after 4 warmup epochs, every registry strategy.
     */
    public static BenchmarkSettings full() {
        return new BenchmarkSettings(
                "full",
                new Timing(3, 3, Duration.ofSeconds(1), 4, Duration.ofSeconds(2)),
                new Timing(2, 4, Duration.ofSeconds(1), 5, Duration.ofSeconds(1)),
                HIDDEN_SIZES,
                BATCH_SIZES,
                StrategyRegistry.names());
    }

    /** The setting called {@code name}: quick or full. */
    public static BenchmarkSettings named(String name) {
        return switch (name) {
            case "quick" -> quick();
            case "full" -> full();
            default ->
                throw new IllegalArgumentException(
                        "unknown benchmark setting '" + name + "'; valid settings: quick, full");
        };
    }

    /** These settings with other strategies (for running a subset). */
    public BenchmarkSettings withStrategies(List<String> specs) {
        return new BenchmarkSettings(name, chunks, epochs, hiddenSizes, batchSizes, specs);
    }
}
