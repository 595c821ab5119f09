package lstmbench.report.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.RunId;
import lstmbench.report.results.Split;
import lstmbench.report.results.TestForecasts;

/**
 * forecasts.csv.gz: every test forecast of every run chosen for test, kept with
 * {@code --save-forecasts all}; forecasts.csv's columns and rows, gzip-compressed.
 *
 * <p>Gzip-compressed CSV rather than Parquet: pandas ({@code pd.read_csv("forecasts.csv.gz")}), R
 * ({@code read.csv("forecasts.csv.gz")}) and Java ({@code GZIPInputStream}) read it with what they
 * ship, the project needs no Hadoop dependency tree to write it, and on these columns it is about a
 * quarter of the plain CSV's size. Each committed group holds its own file
 * ({@code groups/KEY/forecasts.csv.gz}, written with the group's other files before the folder is
 * renamed into place); {@link #assemble} streams them, in group-key order, into the top-level file,
 * one line at a time, so neither writing nor assembling holds the forecasts in memory as rows.
 * {@link #verify} reads a group's file to its end and checks its rows the same way (lstmbench merge
 * checks every shard's file so before it writes anything).
 */
public final class ForecastArchive {
    public static final String FILE_NAME = "forecasts.csv.gz";

    private static final ForecastsSchema SCHEMA = new ForecastsSchema();
    private static final String HEADER = String.join(",", SCHEMA.columns());

    private ForecastArchive() {}

    /** Writes a group's file into {@code folder} (it must not exist yet) and forces it to disk. */
    public static void writeNew(Path folder, List<TestForecasts> runs) throws IOException {
        AtomicFiles.writeDurably(folder.resolve(FILE_NAME), out -> {
            try (GzipStream gzip = new GzipStream(out);
                    Writer writer = utf8(gzip)) {
                writer.write(HEADER);
                writer.write('\n');
                for (TestForecasts run : runs) {
                    for (EvaluationMode mode : EvaluationMode.values()) {
                        for (int i = 0; i < run.length(); i++) {
                            writer.write(String.join(",", SCHEMA.cells(run.point(i, mode))));
                            writer.write('\n');
                        }
                    }
                }
            }
        });
    }

    /** Copies a committed group's file, if it has one, into another group folder (lstmbench merge). */
    public static void copy(Path fromGroupFolder, Path toGroupFolder) throws IOException {
        Path source = fromGroupFolder.resolve(FILE_NAME);
        if (Files.exists(source)) {
            AtomicFiles.writeDurably(toGroupFolder.resolve(FILE_NAME), out -> Files.copy(source, out));
        }
    }

    /**
     * Replaces the top-level forecasts.csv.gz with the rows of every listed group's file, in the
     * given order, under one header; removes it when no group has one.
     */
    public static void assemble(Path resultsDir, List<String> keys) throws IOException {
        List<Path> parts = keys.stream()
                .map(k -> GroupFolders.folder(resultsDir).resolve(k).resolve(FILE_NAME))
                .filter(Files::exists)
                .toList();
        Path target = resultsDir.resolve(FILE_NAME);
        if (parts.isEmpty()) {
            Files.deleteIfExists(target);
            return;
        }
        AtomicFiles.write(target, out -> {
            try (GzipStream gzip = new GzipStream(out);
                    Writer writer = utf8(gzip)) {
                writer.write(HEADER);
                writer.write('\n');
                for (Path part : parts) {
                    try (BufferedReader reader = reader(part)) {
                        requireHeader(part, reader.readLine());
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            writer.write(line);
                            writer.write('\n');
                        }
                    }
                }
            }
        });
    }

    /**
     * The rows a group's file holds for one run chosen for test: its test points {@code from}
     * (inclusive) to {@code to} (exclusive) of the series, in both evaluation modes.
     *
     * @param runId the run chosen for test
     * @param from  the series index of its first test point
     * @param to    one past the series index of its last test point
     */
    public record ArchivedRun(RunId runId, int from, int to) {
        public ArchivedRun {
            Objects.requireNonNull(runId, "runId");
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("run " + runId + ": bad test points " + from + " to " + to);
            }
        }
    }

    /**
     * Reads a group's file to its end and checks that it holds exactly the rows {@link #writeNew}
     * writes for {@code runs}: the header, then for each run in the given order and each evaluation
     * mode one TEST row per index from {@code from} to {@code to - 1}, every cell readable. A file
     * that is not gzip, is truncated, holds another run or another number of rows is a
     * ResultsFormatException naming the file and, where it applies, the line.
     */
    public static void verify(Path file, List<ArchivedRun> runs) throws IOException {
        List<String> columns = SCHEMA.columns();
        List<RunId> ids = runs.stream().map(ArchivedRun::runId).toList();
        long expected =
                1 + runs.stream().mapToLong(r -> 2L * (r.to() - r.from())).sum();
        int line = 0; // lines read
        try (BufferedReader reader = reader(file)) {
            requireHeader(file, reader.readLine());
            line++;
            for (ArchivedRun run : runs) {
                for (EvaluationMode mode : EvaluationMode.values()) {
                    for (int index = run.from(); index < run.to(); index++) {
                        String text = reader.readLine();
                        if (text == null) {
                            throw new ResultsFormatException(file + " ends after " + line + " lines; "
                                    + expected + " expected (header, then every test point of " + ids
                                    + " in both modes)");
                        }
                        line++;
                        ForecastPoint point = parse(file, line, columns, text);
                        if (!point.runId().equals(run.runId())) {
                            throw new ResultsFormatException(file + ", line " + line + ": run " + point.runId()
                                    + (ids.contains(point.runId()) ? " out of order" : " is not a run of this group")
                                    + "; expected " + run.runId());
                        }
                        if (point.split() != Split.TEST || point.mode() != mode || point.index() != index) {
                            throw new ResultsFormatException(file + ", line " + line + ": expected the " + mode
                                    + " TEST forecast of index " + index + ", found " + text);
                        }
                    }
                }
            }
            if (reader.readLine() != null) {
                throw new ResultsFormatException(file + " has more than the " + expected
                        + " lines expected (header, then every test point of " + ids + " in both modes)");
            }
        } catch (ResultsFormatException malformed) {
            throw malformed;
        } catch (IOException unreadable) {
            // a truncated or foreign file: GZIPInputStream's EOFException or ZipException names no file
            throw new ResultsFormatException(
                    file + ", after " + line + " lines: not a complete gzip file (" + unreadable.getMessage() + ")",
                    unreadable);
        }
    }

    private static ForecastPoint parse(Path file, int line, List<String> columns, String text)
            throws ResultsFormatException {
        List<String> cells = Arrays.asList(text.split(",", -1));
        if (cells.size() != columns.size()) {
            throw new ResultsFormatException(
                    file + ", line " + line + ": " + cells.size() + " cells, expected " + columns.size());
        }
        try {
            return SCHEMA.parse(new CsvRow(file.toString(), line, columns, cells));
        } catch (IllegalArgumentException invalid) {
            throw new ResultsFormatException(file + ", line " + line + ": " + invalid.getMessage(), invalid);
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException | RuntimeException notGzip) {
            in.close();
            throw notGzip;
        }
    }

    private static void requireHeader(Path file, String header) throws ResultsFormatException {
        if (!HEADER.equals(header)) {
            throw new ResultsFormatException(file + ": expected the header " + HEADER + ", found " + header);
        }
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * A gzip stream onto the caller's stream that leaves it open (AtomicFiles forces its channel to
     * disk after the content is written) and releases its Deflater's native memory when closed, also
     * when finishing the stream fails (DeflaterOutputStream.close skips Deflater.end then); closing
     * it again does nothing.
     */
    private static final class GzipStream extends GZIPOutputStream {
        private boolean closed;

        GzipStream(OutputStream out) throws IOException {
            super(
                    new FilterOutputStream(out) {
                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            out.write(b, off, len);
                        }

                        @Override
                        public void close() throws IOException {
                            flush();
                        }
                    },
                    1 << 16);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                super.close();
            } finally {
                def.end();
            }
        }
    }
}
