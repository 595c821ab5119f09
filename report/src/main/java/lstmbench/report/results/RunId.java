package lstmbench.report.results;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key that joins runs.csv, curves.csv, memory.csv and forecasts.csv: one training run.
 *
 * <p>Identifies one run (dataset, strategy with parameters, learning rate, seed) across every results
 * file. Restricted to {@code [A-Za-z0-9._=+-]} so it is safe in CSV cells, file names and HTML ids.
 */
public record RunId(@JsonValue String value) implements Comparable<RunId> {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._=+-]+");
    private static final Pattern DISALLOWED_RUN = Pattern.compile("[^A-Za-z0-9._=+-]+");

    public RunId {
        Objects.requireNonNull(value, "value");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "run id '" + value + "' must be non-empty and use only letters, digits and . _ = + -");
        }
    }

    /**
     * The canonical id the harness gives a run: its parts joined by {@code __}, each part with
     * characters outside the allowed set replaced by {@code -}.
     */
    public static RunId compose(
            String dataset, String strategy, String strategyParameters, double learningRate, long seed) {
        return new RunId(String.join(
                "__",
                clean(dataset),
                clean(strategy),
                clean(strategyParameters),
                "lr" + clean(Double.toString(learningRate)),
                "seed" + seed));
    }

    private static String clean(String part) {
        String cleaned = DISALLOWED_RUN.matcher(part.toLowerCase(Locale.ROOT)).replaceAll("-");
        return cleaned.isEmpty() ? "-" : cleaned;
    }

    @Override
    public int compareTo(RunId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
