package lstmbench.harness.bench;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.openjdk.jmh.util.ListStatistics;

/**
 * A measured quantity as JMH reports it: the mean over measurement iterations (of every fork) and
 * the half-width of its 99.9% confidence interval (Student's t; NaN when there are too few
 * iterations for an interval, as in JMH itself).
 */
public record Estimate(double mean, double error) {
    /** The confidence level of every error in the suite, JMH's default. */
    public static final double CONFIDENCE = 0.999;

    /** Mean and 99.9% error of the given per-iteration values, computed the way JMH computes its score. */
    public static Estimate of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to estimate from");
        }
        ListStatistics stats = new ListStatistics();
        values.forEach(stats::addValue);
        return new Estimate(stats.getMean(), stats.getMeanErrorAt(CONFIDENCE));
    }

    /** This estimate times {@code factor} (a change of unit, e.g. per epoch to per step): mean and error alike. */
    public Estimate times(double factor) {
        return new Estimate(mean * factor, error * factor);
    }

    /** Mean and error of f applied to every value: for rates derived from a time per op, iteration by iteration. */
    public static Estimate of(List<Double> values, DoubleUnaryOperator f) {
        return of(values.stream().map(v -> f.applyAsDouble(v)).toList());
    }
}
