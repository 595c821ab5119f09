package lstmbench.datasets.spec;

import java.util.Map;
import lstmbench.datasets.specstring.SpecException;

/**
 * Spelling of CSV delimiters in specification strings, where a literal ',' or '&amp;' would be
 * awkward: comma, semicolon, tab, pipe, space, or any other single character as itself.
 */
final class DelimiterNames {
    private static final Map<String, Character> NAMED =
            Map.of("comma", ',', "semicolon", ';', "tab", '\t', "pipe", '|', "space", ' ');

    private DelimiterNames() {}

    static char parse(String text) {
        Character named = NAMED.get(text);
        if (named != null) {
            return named;
        }
        if (text.length() == 1 && text.charAt(0) != '&' && text.charAt(0) != '=') {
            return text.charAt(0);
        }
        throw new SpecException(
                "Parameter 'delimiter' of csv must be one of comma, semicolon, tab, pipe, space, or a single"
                        + " character other than '&' and '=', got '" + text + "'");
    }

    static String name(char delimiter) {
        return NAMED.entrySet().stream()
                .filter(e -> e.getValue() == delimiter)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(String.valueOf(delimiter));
    }
}
