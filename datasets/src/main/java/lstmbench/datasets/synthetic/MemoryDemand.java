package lstmbench.datasets.synthetic;

/**
 * The memory a one-step forecaster needs for a synthetic process.
 *
 * <p>How far back a forecaster must see to reach a generator's best achievable one-step error: the
 * number of past steps and the reason, stated by each generator rather than guessed by callers.
 *
 * @param steps how many past values the optimal one-step forecast depends on
 * @param explanation why, in one or two sentences
 */
public record MemoryDemand(int steps, String explanation) {
    public MemoryDemand {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, was " + steps);
        }
    }
}
