package lstmbench.datasets.csv;

import com.univocity.parsers.common.TextParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.TimeSeries;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.Source;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads a {@link CsvSource} into a {@link TimeSeries}.
 *
 * <p>Loads one column of a CSV file (on disk, or a copy bundled on the class path, read as UTF-8)
 * into a TimeSeries with Tablesaw. Every column is read as text so that this class, not Tablesaw's
 * type guessing, decides what a number is and can name the row and content of every bad cell.
 * Missing cells are empty, NA or NaN (any case). Row numbers in messages count data rows from 1
 * (the header is not a row); Tablesaw skips blank lines, so they are not counted either, and a
 * single-column file must write NA, not an empty line, for a missing value.
 */
public final class CsvLoader {

    private static final Set<String> MISSING_MARKERS = Set.of("", "na", "nan");
    private static final int MAX_BAD_CELLS_SHOWN = 5;
    /** The longest cell the parser accepts, in characters. */
    static final int MAX_CELL_CHARS = 4096;
    /** The most columns a row may have. */
    static final int MAX_COLUMNS = 10_000;

    private CsvLoader() {}

    /** Loads the series; the name is the value column's header (or {@code C<index>}). */
    public static TimeSeries load(CsvSource source) {
        String file = source.origin().display();
        Table table = read(source);
        Column<?> valueColumn = select(table, source.column(), file, "value");
        String where = "file " + file + ", column '" + valueColumn.name() + "'";
        if (table.rowCount() == 0) {
            throw new DatasetException(
                    "File " + file + " has a header (columns: " + String.join(", ", table.columnNames())
                            + ") but no data rows: expected at least one row of values");
        }
        double[] raw = parse(valueColumn, where);
        List<String> labels = new ArrayList<>();
        Optional<Column<?>> time = source.timeColumn().map(t -> select(table, t, file, "time"));
        time.ifPresent(column -> {
            for (int row = 0; row < column.size(); row++) {
                labels.add(column.getString(row).trim());
            }
        });
        MissingValueFill.Filled filled = MissingValueFill.apply(raw, labels, source.missing(), where);
        String description = "CSV " + source.origin().fileName()
                + (source.origin() instanceof CsvOrigin.Bundled ? " (bundled copy)" : "")
                + " column " + valueColumn.name()
                + time.map(c -> ", time " + c.name()).orElse("")
                + " (" + raw.length + " rows, " + filled.missing().describe() + ")";
        return new TimeSeries(valueColumn.name(), filled.values(), filled.timestamps(), description, filled.missing());
    }

    private static Table read(CsvSource source) {
        CsvOrigin origin = source.origin();
        String file = origin.display();
        byte[] content = content(origin);
        if (isBlank(content)) {
            throw new DatasetException("File " + file + " is empty: expected a header row and at least one data row");
        }
        Source text = origin instanceof CsvOrigin.OnDisk onDisk
                ? new Source(onDisk.path().toFile())
                : new Source(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
        CsvReadOptions options = CsvReadOptions.builder(text)
                .separator(source.delimiter())
                .header(source.header() == HeaderRow.PRESENT)
                .columnTypes(columnName -> ColumnType.STRING)
                .missingValueIndicator()
                .maxCharsPerColumn(MAX_CELL_CHARS)
                .maxNumberOfColumns(MAX_COLUMNS)
                .build();
        try {
            return Table.read().usingOptions(options);
        } catch (RuntimeException e) {
            throw new DatasetException(
                    "File " + file + " could not be parsed as CSV with delimiter '" + source.delimiter() + "': "
                            + parseProblem(e),
                    e);
        }
    }

    /**
     * What went wrong while parsing, in one line and in this program's words: the parser's own
     * message lists its whole configuration and, for too many columns, only an array index.
     */
    private static String parseProblem(RuntimeException e) {
        Throwable t = e;
        while (t != null && !(t instanceof TextParsingException)) {
            t = t.getCause();
        }
        if (t instanceof TextParsingException p) {
            String line = p.getLineIndex() >= 0 ? "line " + (p.getLineIndex() + 1) + " of the file" : "a line";
            String message = p.getMessage() == null ? "" : p.getMessage();
            if (message.contains("exceeds the maximum number of characters")) {
                return line + " has a cell longer than " + MAX_CELL_CHARS + " characters, the most a cell may hold";
            }
            if (p.getCause() instanceof ArrayIndexOutOfBoundsException
                    || message.contains("exceeds the maximum number of columns")) {
                return line + " has more than " + MAX_COLUMNS + " columns, the most a row may have";
            }
            String first = message.lines().findFirst().orElse("malformed CSV").trim();
            return line + ": " + first;
        }
        String first = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("malformed CSV").trim();
        return first;
    }

    /** The whole file; for a file on disk, first a clear message if it is absent or unreadable. */
    private static byte[] content(CsvOrigin origin) {
        if (origin instanceof CsvOrigin.OnDisk onDisk) {
            Path file = onDisk.path();
            if (!Files.exists(file)) {
                throw new DatasetException("File " + file + " does not exist: expected a CSV file");
            }
            if (!Files.isRegularFile(file)) {
                throw new DatasetException("File " + file + " is not a regular file: expected a CSV file");
            }
            if (!Files.isReadable(file)) {
                throw new DatasetException("File " + file + " is not readable: check its permissions");
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DatasetException("File " + file + " could not be read: " + e.getMessage(), e);
            }
        }
        CsvOrigin.Bundled bundled = (CsvOrigin.Bundled) origin;
        try (InputStream in = bundled.url().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DatasetException("File " + bundled.display() + " could not be read: " + e.getMessage(), e);
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static Column<?> select(Table table, ColumnSelector selector, String file, String role) {
        List<String> names = table.columnNames();
        if (selector instanceof ColumnSelector.ByName byName) {
            if (!names.contains(byName.name())) {
                throw new DatasetException("Column '" + byName.name() + "' (" + role + " column) not found in file "
                        + file + "; available columns: " + String.join(", ", names));
            }
            return table.column(byName.name());
        }
        int index = ((ColumnSelector.ByIndex) selector).index();
        if (index >= names.size()) {
            throw new DatasetException(
                    "Column index " + index + " (" + role + " column) is out of range for file " + file
                            + ": it has " + names.size() + " columns, indices 0.." + (names.size() - 1) + " ("
                            + String.join(", ", names) + ")");
        }
        return table.column(index);
    }

    private static double[] parse(Column<?> column, String where) {
        double[] values = new double[column.size()];
        List<String> bad = new ArrayList<>();
        int badCount = 0;
        for (int row = 0; row < values.length; row++) {
            String cell = column.getString(row).trim();
            if (MISSING_MARKERS.contains(cell.toLowerCase(Locale.ROOT))) {
                values[row] = Double.NaN;
                continue;
            }
            double parsed = parseNumber(cell);
            if (Double.isNaN(parsed)) {
                badCount++;
                if (bad.size() < MAX_BAD_CELLS_SHOWN) {
                    bad.add("row " + (row + 1) + ": '" + cell + "'");
                }
            }
            values[row] = parsed;
        }
        if (badCount > 0) {
            throw new DatasetException(
                    where + " has " + badCount + " non-numeric cell" + (badCount == 1 ? "" : "s") + " ("
                            + String.join("; ", bad) + (badCount > bad.size() ? "; ..." : "")
                            + "; row 1 is the first line after the header): expected a finite number or a"
                            + " missing-value marker (empty, NA, NaN)");
        }
        return values;
    }

    /** The cell as a finite double, or NaN when it is not one (so the caller reports it). */
    private static double parseNumber(String cell) {
        if (!cell.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        double value = Double.parseDouble(cell);
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
