package lstmbench.datasets.specstring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Typed access to the parameters of one specification string.
 *
 * <p>The parameters of one specification string checked against the parameters its owner declares
 * (unknown keys are errors, absent keys take the declared defaults) and read as typed values: the
 * one set of value readers for generators, csv: and named datasets, and batching strategies.
 * Readers check the form of a value (a number, an integer, one of a choice); the typed records
 * built from them check the ranges, so a record built in code is checked the same way.
 * Every error names the parameter, its owner, the text given and what was expected.
 */
public final class SpecParameters {
    private static final String NUMBER = "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?";

    private final String owner;
    private final Map<String, String> given;
    private final List<ParameterInfo> declared;

    /**
     * @param owner what the parameters belong to, as messages name it, e.g. {@code generator
     *     'seasonal-ar'} or {@code strategy 'stateful-tbptt'}
     * @param given the keys and values of the specification string
     * @param declared the parameters the owner accepts
     * @throws SpecException for a key the owner does not declare, listing the ones it does
     */
    public SpecParameters(String owner, Map<String, String> given, List<ParameterInfo> declared) {
        this.owner = owner;
        this.given = Map.copyOf(given);
        this.declared = List.copyOf(declared);
        List<String> names = declared.stream().map(ParameterInfo::name).toList();
        for (String key : given.keySet()) {
            if (!names.contains(key)) {
                throw new SpecException("Unknown parameter '" + key + "' for " + owner + ": expected "
                        + (names.isEmpty() ? "none" : "one of " + String.join(", ", names)));
            }
        }
    }

    private ParameterInfo info(String name) {
        return declared.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(owner + " does not declare parameter " + name));
    }

    /** The given text, else the declared default; empty when neither exists. */
    public Optional<String> optionalText(String name) {
        String value = given.get(name);
        String text = value != null ? value.trim() : info(name).defaultValue();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The given text, else the declared default; an error when the parameter has neither. */
    public String text(String name) {
        return optionalText(name)
                .orElseThrow(() -> new SpecException("missing parameter '" + name + "' of " + owner + ": expected "
                        + name + "=VALUE, " + info(name).description()));
    }

    private SpecException invalid(String name, String expectation, String text) {
        return new SpecException(
                "Parameter '" + name + "' of " + owner + " must be " + expectation + ", got '" + text + "'");
    }

    /** A finite number, e.g. {@code 0.9} or {@code 1e-3}. */
    public double number(String name) {
        String text = text(name);
        if (isFiniteNumber(text)) {
            return Double.parseDouble(text);
        }
        throw invalid(name, "a finite number", text);
    }

    /** A comma-separated list of finite numbers, e.g. {@code 24,168}. */
    public List<Double> numbers(String name) {
        String text = text(name);
        List<Double> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            if (!isFiniteNumber(part.trim())) {
                throw new SpecException("Parameter '" + name + "' of " + owner
                        + " must be a comma-separated list of finite numbers, got '" + text + "' (bad element '"
                        + part + "')");
            }
            values.add(Double.parseDouble(part.trim()));
        }
        return List.copyOf(values);
    }

    private static boolean isFiniteNumber(String text) {
        return text.matches(NUMBER) && Double.isFinite(Double.parseDouble(text));
    }

    /** A 64-bit integer: digits with an optional sign. */
    public long longInteger(String name) {
        String text = text(name);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid(name, "an integer", text);
        }
    }

    /** A 32-bit integer: digits with an optional sign. */
    public int integer(String name) {
        long value = longInteger(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(name, "an integer that fits in 32 bits", text(name));
        }
        return (int) value;
    }

    /** One of an enum's constants in specification form (see {@link #format(Enum)}), any case. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = text(name);
        for (E constant : type.getEnumConstants()) {
            if (format(constant).equals(text.toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw invalid(
                name,
                "one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(SpecParameters::format)
                                .collect(Collectors.joining(", ")),
                text);
    }

    /**
     * An enum constant in specification form: {@code KEEP} is {@code keep}, {@code SERIES_ORDER} is
     * {@code series-order}.
     */
    public static String format(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A number in specification form: {@code 1} for 1.0, {@code 0.9} for 0.9. */
    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A list of numbers in specification form, e.g. {@code 24,168}. */
    public static String format(List<Double> values) {
        return values.stream().map(SpecParameters::format).collect(Collectors.joining(","));
    }
}
