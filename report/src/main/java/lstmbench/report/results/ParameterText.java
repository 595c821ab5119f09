package lstmbench.report.results;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads one parameter back out of a "name=value, name=value" parameter string.
 *
 * <p>Parameters are written as {@code name=value} pairs joined by {@code ", "}; this looks one up.
 */
public final class ParameterText {
    private ParameterText() {}

    /** The text of parameter {@code name} (case-sensitive), or empty when absent. */
    public static Optional<String> text(String parameters, String name) {
        for (String pair : parameters.split("[,;]")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                return Optional.of(pair.substring(eq + 1).trim());
            }
        }
        return Optional.empty();
    }

    /** The numeric value of parameter {@code name}, or empty when absent or not a number. */
    public static OptionalDouble number(String parameters, String name) {
        Optional<String> text = text(parameters, name);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(text.get()));
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }
}
