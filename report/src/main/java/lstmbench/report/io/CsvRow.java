package lstmbench.report.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One data row of a results CSV with typed getters whose errors name the file, line and column.
 *
 * <p>A row being parsed; line numbers count the header as line 1.
 */
public final class CsvRow {
    private final String fileName;
    private final int line;
    private final List<String> columns;
    private final List<String> cells;

    CsvRow(String fileName, int line, List<String> columns, List<String> cells) {
        this.fileName = fileName;
        this.line = line;
        this.columns = columns;
        this.cells = cells;
    }

    public int line() {
        return line;
    }

    /** The raw text of a column; may be empty. */
    public String text(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException(fileName + " has no column '" + column + "'");
        }
        return cells.get(index);
    }

    /** Non-empty text. */
    public String requiredText(String column) throws ResultsFormatException {
        String text = text(column);
        if (text.isBlank()) {
            throw error(column, text, "a non-empty value");
        }
        return text;
    }

    public double number(String column) throws ResultsFormatException {
        String text = text(column).trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            throw error(column, text, "a number (NaN and Infinity allowed)");
        }
    }

    public long integer(String column) throws ResultsFormatException {
        String text = text(column).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnInteger) {
            throw error(column, text, "an integer");
        }
    }

    public int smallInteger(String column) throws ResultsFormatException {
        long value = integer(column);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(column, text(column), "an integer that fits 32 bits");
        }
        return (int) value;
    }

    public OptionalInt optionalSmallInteger(String column) throws ResultsFormatException {
        return text(column).isBlank() ? OptionalInt.empty() : OptionalInt.of(smallInteger(column));
    }

    /** Whether every one of the columns is empty (an absent group of values). */
    public boolean allEmpty(List<String> group) {
        return group.stream().allMatch(column -> text(column).isBlank());
    }

    public boolean flag(String column) throws ResultsFormatException {
        String text = text(column).trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw error(column, text(column), "true or false");
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) throws ResultsFormatException {
        String text = text(column).trim();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException unknown) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw error(column, text, "one of " + allowed);
        }
    }

    /** An error about this row that names file, line and column. */
    public ResultsFormatException error(String column, String found, String expected) {
        return new ResultsFormatException(fileName + ", line " + line + ", column '" + column + "': expected "
                + expected + " but found '" + found + "'");
    }
}
