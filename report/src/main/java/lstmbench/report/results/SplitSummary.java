package lstmbench.report.results;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of splits.csv: summary statistics of one split of one dataset's series, over every point
 * of the split (not the sample series.csv keeps of a long series), on the original scale.
 *
 * @param dataset    dataset specification string (the same text as series.csv's dataset column)
 * @param split      the chronological split
 * @param points     number of points in the split, at least 1
 * @param firstIndex 0-based position in the series of the split's first point
 * @param mean       mean of the split's values
 * @param std        sample standard deviation (divisor {@code points - 1}; 0 for a single point)
 * @param min        smallest value
 * @param max        largest value
 */
public record SplitSummary(
        String dataset, Split split, int points, int firstIndex, double mean, double std, double min, double max) {
    public SplitSummary {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(split, "split");
        if (points < 1) {
            throw new IllegalArgumentException("points must be at least 1, got " + points);
        }
        if (firstIndex < 0) {
            throw new IllegalArgumentException("first_index must be at least 0, got " + firstIndex);
        }
    }

    /** An accumulator for the split {@code split} of {@code dataset}, to which points are then added. */
    public static Accumulator accumulate(String dataset, Split split) {
        return new Accumulator(dataset, split);
    }

    /**
     * Builds a SplitSummary in one pass over a split's points, holding no copy of them: the mean and
     * the sum of squared deviations are updated point by point (Welford's method, which stays accurate
     * where a running sum of squares would cancel), so millions of points cost one read each. Not
     * thread-safe.
     */
    public static final class Accumulator {
        private final String dataset;
        private final Split split;
        private int points;
        private int firstIndex = Integer.MAX_VALUE;
        private double mean;
        private double squaredDeviations;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        private Accumulator(String dataset, Split split) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            this.split = Objects.requireNonNull(split, "split");
        }

        /** Adds the point at {@code index} of the series with value {@code value}; points may come in any order. */
        public Accumulator add(int index, double value) {
            points++;
            firstIndex = Math.min(firstIndex, index);
            double delta = value - mean;
            mean += delta / points;
            squaredDeviations += delta * (value - mean);
            min = Math.min(min, value);
            max = Math.max(max, value);
            return this;
        }

        /** The summary of the points added so far; empty when none was added. */
        public Optional<SplitSummary> summary() {
            if (points == 0) {
                return Optional.empty();
            }
            double std = Math.sqrt(squaredDeviations / Math.max(1, points - 1));
            return Optional.of(new SplitSummary(dataset, split, points, firstIndex, mean, std, min, max));
        }
    }
}
