package lstmbench.report.io;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * One CSV results file: its name in the results folder and the schema of its rows; reads and writes
 * it.
 *
 * <p>A CSV results file. Written row by row to a temporary name and renamed when whole; read
 * through Tablesaw with every column as text, then parsed cell by cell so that errors name the file,
 * line and column. Columns the schema does not know are ignored; missing ones are an error.
 */
public final class ResultsFile<T> {
    private final String fileName;
    private final CsvSchema<T> schema;

    public ResultsFile(String fileName, CsvSchema<T> schema) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public String fileName() {
        return fileName;
    }

    /** Column names in file order. */
    public List<String> columns() {
        return schema.columns();
    }

    public Path path(Path resultsDir) {
        return resultsDir.resolve(fileName);
    }

    /** Replaces the file in {@code resultsDir} with these rows, atomically and durably (fsynced). */
    public void write(Path resultsDir, List<T> rows) throws IOException {
        AtomicFiles.write(path(resultsDir), content(rows));
    }

    /**
     * Creates the file in {@code folder} (it must not exist yet) with these rows and forces it to
     * disk, without a temporary name: for folders that are themselves renamed into place when whole.
     */
    public void writeNew(Path folder, List<T> rows) throws IOException {
        AtomicFiles.writeDurably(path(folder), content(rows));
    }

    /**
     * The file's bytes, written row by row as they are produced (univocity's CSV writer with the
     * settings Tablesaw's writer used before: header line, "\n" line ends, fields quoted only when
     * they need it, whitespace around fields trimmed), so that writing holds one row at a time rather
     * than a table of every cell.
     */
    private AtomicFiles.Content content(List<T> rows) {
        List<String> columns = schema.columns();
        return out -> {
            // univocity, like Tablesaw above it, replaces a failed write (a full disk) with an unrelated
            // error and loses the IOException: keep the first one and throw it instead
            FailureKeepingStream kept = new FailureKeepingStream(out);
            Writer writer = new BufferedWriter(new OutputStreamWriter(kept, StandardCharsets.UTF_8), 1 << 16);
            CsvWriterSettings settings = new CsvWriterSettings();
            settings.getFormat().setLineSeparator("\n");
            settings.setIgnoreLeadingWhitespaces(true);
            settings.setIgnoreTrailingWhitespaces(true);
            settings.setQuoteAllFields(false);
            CsvWriter csv = new CsvWriter(writer, settings);
            try {
                csv.writeHeaders(columns);
                for (T row : rows) {
                    List<String> cells = schema.cells(row);
                    if (cells.size() != columns.size()) {
                        throw new IllegalStateException(fileName + ": schema gave " + cells.size() + " cells for "
                                + columns.size() + " columns");
                    }
                    csv.writeRow(cells);
                }
                csv.flush();
                writer.flush();
            } catch (RuntimeException e) {
                if (kept.failure != null) {
                    throw kept.failure;
                }
                throw e;
            }
        };
    }

    /** All rows of the file; a missing or malformed file is an error naming it. */
    public List<T> read(Path resultsDir) throws IOException {
        Path file = path(resultsDir);
        if (!Files.isRegularFile(file)) {
            throw new ResultsFormatException(file + ": file not found");
        }
        Table table = readTable(file);
        List<String> present = table.columnNames();
        List<String> missing = schema.columns().stream()
                .filter(c -> !present.contains(c) && !schema.columnsAddedLater().contains(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new ResultsFormatException(file + ": missing column(s) " + missing + "; found " + present);
        }
        List<String> columns = schema.columns();
        // a column added later and absent from this older file reads as empty cells (null here)
        List<StringColumn> source = columns.stream()
                .map(c -> present.contains(c) ? table.stringColumn(c) : null)
                .toList();
        List<T> rows = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            List<String> cells = new ArrayList<>(columns.size());
            for (StringColumn column : source) {
                cells.add(column == null || column.isMissing(r) ? "" : column.get(r));
            }
            CsvRow row = new CsvRow(file.toString(), r + 2, columns, cells);
            try {
                rows.add(schema.parse(row));
            } catch (IllegalArgumentException | NullPointerException invalid) {
                throw new ResultsFormatException(file + ", line " + row.line() + ": " + invalid.getMessage(), invalid);
            }
        }
        return rows;
    }

    /** All rows, or an empty list when the (optional) file does not exist. */
    public List<T> readIfPresent(Path resultsDir) throws IOException {
        return Files.exists(path(resultsDir)) ? read(resultsDir) : List.of();
    }

    private Table readTable(Path file) throws ResultsFormatException {
        try {
            return Table.read()
                    .csv(CsvReadOptions.builder(file.toFile())
                            .columnTypes(column -> ColumnType.STRING)
                            .missingValueIndicator("")
                            .build());
        } catch (RuntimeException unreadable) {
            throw new ResultsFormatException(
                    file + ": not a readable CSV file (" + unreadable.getMessage() + ")", unreadable);
        }
    }

    /** Passes bytes through and keeps the first IOException a write or flush threw. */
    private static final class FailureKeepingStream extends java.io.FilterOutputStream {
        private IOException failure;

        FailureKeepingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
