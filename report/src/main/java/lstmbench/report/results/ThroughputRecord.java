package lstmbench.report.results;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of throughput.csv: one benchmark, one parameter set, one measured quantity.
 *
 * <p>A JMH result.
 *
 * @param benchmark  JMH benchmark name (class and method)
 * @param subject    what was measured
 * @param metric     what the score is
 * @param parameters the {@code @Param} values as {@code name=value} pairs joined by {@code ", "},
 *                   using {@code H}, {@code B}, {@code T} for the shapes and {@code strategy} for
 *                   the strategy name (see {@link ParameterText})
 * @param score      JMH score
 * @param error      JMH score error (half-width of the 99.9% interval over all measurement
 *                   iterations of all forks); NaN when JMH gives none, i.e. with a single
 *                   measurement iteration in all
 * @param median     the median over the same iterations (for rates, of the rate iteration by
 *                   iteration); NaN when unknown: allocation rows (JMH gives no iterations for
 *                   them) and folders written before the column existed
 * @param unit       JMH's unit text, e.g. {@code ops/s}
 */
public record ThroughputRecord(
        String benchmark,
        BenchmarkSubject subject,
        ThroughputMetric metric,
        String parameters,
        double score,
        double error,
        double median,
        String unit) {
    public ThroughputRecord {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(unit, "unit");
    }

    /** The median when known, otherwise the score: what ratios between benchmarks are computed from. */
    public double typical() {
        return Double.isNaN(median) ? score : median;
    }

    /** A numeric parameter such as {@code H} or {@code B}. */
    public OptionalDouble parameter(String name) {
        return ParameterText.number(parameters, name);
    }

    /** A text parameter such as {@code strategy}, or empty text when absent. */
    public String textParameter(String name) {
        return ParameterText.text(parameters, name).orElse("");
    }
}
