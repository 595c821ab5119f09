package lstmbench.report.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import lstmbench.report.results.EvaluationMode;
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
 */
public final class ForecastArchive {
    public static final String FILE_NAME = "forecasts.csv.gz";

    private static final ForecastsSchema SCHEMA = new ForecastsSchema();

    private ForecastArchive() {}

    /** Writes a group's file into {@code folder} (it must not exist yet) and forces it to disk. */
    public static void writeNew(Path folder, List<TestForecasts> runs) throws IOException {
        AtomicFiles.writeDurably(folder.resolve(FILE_NAME), out -> {
            Writer writer = gzipWriter(out);
            writer.write(String.join(",", SCHEMA.columns()));
            writer.write('\n');
            for (TestForecasts run : runs) {
                for (EvaluationMode mode : EvaluationMode.values()) {
                    for (int i = 0; i < run.length(); i++) {
                        writer.write(String.join(",", SCHEMA.cells(run.point(i, mode))));
                        writer.write('\n');
                    }
                }
            }
            writer.close();
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
            Writer writer = gzipWriter(out);
            writer.write(String.join(",", SCHEMA.columns()));
            writer.write('\n');
            for (Path part : parts) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(part), 1 << 16), StandardCharsets.UTF_8))) {
                    String header = reader.readLine();
                    if (header == null || !header.equals(String.join(",", SCHEMA.columns()))) {
                        throw new ResultsFormatException(part + ": expected the header "
                                + String.join(",", SCHEMA.columns()) + ", found " + header);
                    }
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        writer.write(line);
                        writer.write('\n');
                    }
                }
            }
            writer.close();
        });
    }

    private static Writer gzipWriter(OutputStream out) throws IOException {
        // close() finishes the gzip stream; the caller's channel stays open for its fsync
        OutputStream unclosable = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(unclosable, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }
}
