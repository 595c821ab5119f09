package lstmbench.strategies.plan;

/**
 * The steps [from, to) of a batch whose predictions count in the loss (mask 1); the other steps
 * only build state (mask 0). The same range applies to every row of the batch.
 */
public record StepRange(int from, int to) {
    public StepRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(
                    "step range must satisfy 0 <= from <= to, got [" + from + ", " + to + ")");
        }
    }

    public static StepRange all(int length) {
        return new StepRange(0, length);
    }

    public static StepRange last(int count, int length) {
        return new StepRange(length - count, length);
    }

    public static StepRange none() {
        return new StepRange(0, 0);
    }

    public int size() {
        return to - from;
    }

    public boolean contains(int step) {
        return step >= from && step < to;
    }
}
