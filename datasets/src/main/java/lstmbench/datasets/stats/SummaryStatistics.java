package lstmbench.datasets.stats;

import java.util.OptionalInt;
import lstmbench.datasets.TimeSeries;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Summary of one series.
 *
 * <p>Summary statistics of a series for reports: length, mean, standard deviation (n - 1 in the
 * denominator), min and max, how many values were missing in the source, the lag-1 sample
 * autocorrelation and the dominant period read from the ACF (see Autocorrelation).
 *
 * @param length number of points
 * @param mean sample mean
 * @param std sample standard deviation (denominator n - 1; 0 for one point)
 * @param min smallest value
 * @param max largest value
 * @param missingCount values missing in the source before the missing-value policy was applied
 * @param lag1Autocorrelation sample autocorrelation at lag 1; NaN for a constant series
 * @param dominantPeriod lag of the highest ACF peak after its first negative value, if any
 */
public record SummaryStatistics(
        int length,
        double mean,
        double std,
        double min,
        double max,
        int missingCount,
        double lag1Autocorrelation,
        OptionalInt dominantPeriod) {

    /** Computes the summary; the series must have at least two points. */
    public static SummaryStatistics of(TimeSeries series) {
        series.requireLength(2, "summary statistics");
        double[] x = series.values();
        return new SummaryStatistics(
                x.length,
                StatUtils.mean(x),
                Math.sqrt(StatUtils.variance(x)),
                StatUtils.min(x),
                StatUtils.max(x),
                series.missing().count(),
                Autocorrelation.at(x, 1),
                Autocorrelation.dominantPeriod(x));
    }
}
