package lstmbench.strategies.plan;

/**
 * Series points [from, to) that no batch of the epoch scores as a target, and why.
 */
public record TrimmedRange(TrimReason reason, int from, int to) {
    public TrimmedRange {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("trimmed range must be non-empty, got [" + from + ", " + to + ")");
        }
    }

    public int size() {
        return to - from;
    }
}
