package lstmbench.report.findings;

import java.util.Arrays;

/**
 * Mean, minimum and maximum of one metric over the seeds of a strategy, and whether two such ranges
 * overlap.
 *
 * <p>Summary of a metric over seeds; non-finite values are left out, so {@code n} may be 0 (then
 * mean, min and max are NaN).
 */
public record SeedSpread(double mean, double min, double max, int n) {
    public static SeedSpread of(double... values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new SeedSpread(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new SeedSpread(
                Arrays.stream(finite).average().orElseThrow(),
                Arrays.stream(finite).min().orElseThrow(),
                Arrays.stream(finite).max().orElseThrow(),
                finite.length);
    }

    public boolean isEmpty() {
        return n == 0;
    }

    /** Whether the two min-max ranges share at least one value. */
    public boolean overlaps(SeedSpread other) {
        return !isEmpty() && !other.isEmpty() && min <= other.max && other.min <= max;
    }
}
