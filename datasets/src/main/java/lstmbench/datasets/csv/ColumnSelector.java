package lstmbench.datasets.csv;

import java.util.Objects;

/**
 * Picks one column of a CSV file.
 *
 * <p>Which column of a CSV file to read: by header name or by 0-based position. A typed value so
 * callers never pass "7" and wonder whether it is a name or an index.
 */
public sealed interface ColumnSelector {

    /** The column whose header is exactly {@code name}. */
    record ByName(String name) implements ColumnSelector {
        public ByName {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String text() {
            return name;
        }
    }

    /** The column at 0-based position {@code index}. */
    record ByIndex(int index) implements ColumnSelector {
        public ByIndex {
            if (index < 0) {
                throw new IllegalArgumentException("column index must be >= 0, was " + index);
            }
        }

        @Override
        public String text() {
            return Integer.toString(index);
        }
    }

    /** The spelling in a specification string: the name, or the index as digits. */
    String text();

    /** {@code "7"} (only digits) selects by 0-based index; anything else selects by header name. */
    static ColumnSelector parse(String text) {
        return text.matches("\\d{1,9}") ? new ByIndex(Integer.parseInt(text)) : new ByName(text);
    }
}
