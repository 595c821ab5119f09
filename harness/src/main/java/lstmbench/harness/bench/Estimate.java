package lstmbench.harness.bench;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.openjdk.jmh.util.ListStatistics;

/**
 * A measured quantity as JMH reports it: the mean over measurement iterations (of every fork) and
 * the half-width of its 99.9% confidence interval (Student's t; NaN when there are too few
 * iterations for an interval, as in JMH itself), and beside them the median of the same
 * iterations.
 *
 * <p>The median is there because the machines this suite runs on share their cores: the host's
 * other work slows every kind of computation for seconds at a time (a plain Java loop timed
 * between kernel passes slowed in step with the kernel, by up to a third), so a few slow
 * iterations pull the mean and widen the error while the median stays with the undisturbed
 * majority. Ratios between two benchmarks measured at different times (the kernel's share of the
 * gemm ceiling, an epoch against the kernel) are steadier from medians.
 *
 * @param median the median of the iterations; NaN when unknown (JMH's secondary results, such as
 *               the GC profiler's allocation per op, come as a score and error only)
 */
public record Estimate(double mean, double error, double median) {
    /** The confidence level of every error in the suite, JMH's default. */
    public static final double CONFIDENCE = 0.999;

    /** Mean and 99.9% error of the given per-iteration values, computed the way JMH computes its score. */
    public static Estimate of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to estimate from");
        }
        ListStatistics stats = new ListStatistics();
        values.forEach(stats::addValue);
        return new Estimate(stats.getMean(), stats.getMeanErrorAt(CONFIDENCE), stats.getPercentile(50));
    }

    /** A score and error reported by JMH without its iterations: the median is unknown (NaN). */
    public static Estimate withoutMedian(double mean, double error) {
        return new Estimate(mean, error, Double.NaN);
    }

    /** This estimate times {@code factor} (a change of unit, e.g. per epoch to per step): every figure alike. */
    public Estimate times(double factor) {
        return new Estimate(mean * factor, error * factor, median * factor);
    }

    /** Mean and error of f applied to every value: for rates derived from a time per op, iteration by iteration. */
    public static Estimate of(List<Double> values, DoubleUnaryOperator f) {
        return of(values.stream().map(v -> f.applyAsDouble(v)).toList());
    }
}
