package lstmbench.strategies;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The key=value pairs of one strategy spec string, checked against the strategy's declared
 * parameters (unknown keys are errors, absent keys take defaults) and read as typed values with
 * messages naming the strategy and parameter. Only used while parsing: what leaves is the record.
 */
public final class ParameterText {
    private final String strategy;
    private final Map<String, String> given;
    private final List<ParameterInfo> declared;

    ParameterText(String strategy, Map<String, String> given, List<ParameterInfo> declared) {
        this.strategy = strategy;
        this.given = Map.copyOf(given);
        this.declared = List.copyOf(declared);
        List<String> names = declared.stream().map(ParameterInfo::name).toList();
        for (String key : given.keySet()) {
            if (!names.contains(key)) {
                throw new StrategyException("Unknown parameter '" + key + "' for strategy '" + strategy + "': expected "
                        + (names.isEmpty() ? "none" : "one of " + String.join(", ", names)));
            }
        }
    }

    private String text(String name) {
        String v = given.get(name);
        if (v != null) {
            return v.trim();
        }
        return declared.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(strategy + " does not declare " + name)).defaultValue();
    }

    /** A positive integer. */
    public int positive(String name) {
        String t = text(name);
        try {
            int v = Integer.parseInt(t);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StrategyException("Parameter '" + name + "' of strategy '" + strategy
                + "' must be an integer >= 1, got '" + t + "'");
    }

    /** One of an enum's constants, written in lower case with '-' for '_'. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String t = text(name);
        for (E e : type.getEnumConstants()) {
            if (format(e).equals(t.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new StrategyException("Parameter '" + name + "' of strategy '" + strategy + "' must be one of "
                + Arrays.stream(type.getEnumConstants()).map(ParameterText::format).collect(Collectors.joining(", "))
                + ", got '" + t + "'");
    }

    /** An enum constant in spec form: KEEP -> keep, SERIES_ORDER -> series-order. */
    public static String format(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
