package lstmbench.report.results;

/**
 * The fixed vocabulary of memory.csv's probe column, with what x and value mean for each probe.
 *
 * <p>A memory measurement; each probe says what its {@code x} and {@code value} are.
 */
public enum MemoryProbe {
    /** Test R^2 relative to what is achievable, at x = planted lag L (steps). */
    LAG_R2("planted lag L (steps)", "R^2 relative to achievable"),
    /** Mean |d prediction(t) / d input(t-k)| normalised to its peak, at x = k (steps back). */
    INPUT_SENSITIVITY("steps back k", "sensitivity (fraction of peak)"),
    /** Bytes of activation cache for one batch; x = 0. */
    ACTIVATION_BYTES_PER_BATCH("-", "bytes"),
    /** Peak heap used during the run; x = 0. */
    PEAK_HEAP_BYTES("-", "bytes"),
    /** Wall-clock seconds of one batch of the last complete epoch; x = batch index k in the epoch. */
    BATCH_SECONDS("batch index k in the epoch", "seconds"),
    /** Activation cache the shape of one batch needs; x = batch index k in the epoch. */
    BATCH_ACTIVATION_BYTES("batch index k in the epoch", "bytes");

    private final String xMeaning;
    private final String valueMeaning;

    MemoryProbe(String xMeaning, String valueMeaning) {
        this.xMeaning = xMeaning;
        this.valueMeaning = valueMeaning;
    }

    public String xMeaning() {
        return xMeaning;
    }

    public String valueMeaning() {
        return valueMeaning;
    }
}
