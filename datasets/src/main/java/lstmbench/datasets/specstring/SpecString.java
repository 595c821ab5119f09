package lstmbench.datasets.specstring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A parsed specification string.
 *
 * <p>The one parser and printer of specification strings {@code name?key=value&key=value}, shared
 * by dataset specifications ({@code synthetic:seasonal-ar?lag=64},
 * {@code csv:data.csv?column=TEMP}, {@code pollution-pm25?missing=drop}) and batching-strategy
 * specifications ({@code stateful-tbptt?chunk=50}).
 *
 * <p>The name is everything before the first '?', trimmed (for csv: it holds the path, so a path
 * may not contain '?'). Pairs are separated by '&amp;', key and value by the first '='; both are
 * trimmed and taken literally (no percent-decoding). An empty query ({@code name} or {@code name?})
 * has no pairs. A pair without '=' or with an empty key or value, and a key given twice, are
 * errors.
 *
 * @param name the part before {@code ?}, e.g. {@code stateful-tbptt} or {@code synthetic:ar}
 * @param parameters the key/value pairs in the order written
 */
public record SpecString(String name, Map<String, String> parameters) {

    public SpecString {
        Objects.requireNonNull(name, "name");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Splits {@code text} into name and pairs; malformed pairs are a {@link SpecException}. */
    public static SpecString parse(String text) {
        int question = text.indexOf('?');
        if (question < 0) {
            return new SpecString(text.trim(), Map.of());
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        String query = text.substring(question + 1);
        if (!query.isBlank()) {
            for (String pair : query.split("&", -1)) {
                int equals = pair.indexOf('=');
                if (equals < 0 || pair.substring(0, equals).isBlank()) {
                    throw new SpecException(
                            "malformed parameter '" + pair + "': expected key=value pairs separated by '&'");
                }
                String key = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (value.isEmpty()) {
                    throw new SpecException("parameter '" + key + "' has no value: expected " + key + "=VALUE");
                }
                if (pairs.put(key, value) != null) {
                    throw new SpecException("parameter '" + key + "' is given more than once");
                }
            }
        }
        return new SpecString(text.substring(0, question).trim(), pairs);
    }

    /** {@code name}, or {@code name?key=value&...} in the order of {@link #parameters}. */
    public String text() {
        return parameters.isEmpty()
                ? name
                : name + "?"
                        + parameters.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("&"));
    }
}
