package lstmbench.report.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import lstmbench.report.results.RunId;
import lstmbench.report.results.TestForecasts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * forecasts.csv.gz: writeNew writes every test point in both modes, assemble concatenates groups'
 * files under one header, verify accepts exactly what writeNew wrote for the expected runs and
 * refuses a truncated, foreign or short file naming it, and a failure while writing propagates
 * unchanged (the gzip stream is closed by try-with-resources, not left to the garbage collector).
 */
class ForecastArchiveTest {
    private static final RunId A = new RunId("a"), B = new RunId("b");

    private static TestForecasts run(RunId id, int from, int length) {
        double[] actual = new double[length], streaming = new double[length], windowed = new double[length];
        for (int i = 0; i < length; i++) {
            actual[i] = i;
            streaming[i] = i + 0.5;
            windowed[i] = i - 0.5;
        }
        return new TestForecasts(id, from, actual, streaming, windowed);
    }

    private static Path write(Path dir, String name, List<TestForecasts> runs) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        ForecastArchive.writeNew(folder, runs);
        return folder.resolve(ForecastArchive.FILE_NAME);
    }

    static List<String> gunzip(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void writeNewWritesEveryPointInBothModesAndVerifyAcceptsIt(@TempDir Path dir) throws IOException {
        Path file = write(dir, "g", List.of(run(A, 10, 3)));
        assertEquals(
                List.of(
                        "run_id,split,index,actual,predicted,mode",
                        "a,TEST,10,0.0,0.5,STREAMING",
                        "a,TEST,11,1.0,1.5,STREAMING",
                        "a,TEST,12,2.0,2.5,STREAMING",
                        "a,TEST,10,0.0,-0.5,WINDOWED",
                        "a,TEST,11,1.0,0.5,WINDOWED",
                        "a,TEST,12,2.0,1.5,WINDOWED"),
                gunzip(file));
        assertDoesNotThrow(() -> ForecastArchive.verify(file, List.of(new ForecastArchive.ArchivedRun(A, 10, 13))));
    }

    @Test
    void assembleConcatenatesTheGroupsFilesUnderOneHeader(@TempDir Path dir) throws IOException {
        Path results = Files.createDirectories(dir.resolve("results"));
        Path groups = GroupFolders.folder(results);
        ForecastArchive.writeNew(Files.createDirectories(groups.resolve("k1")), List.of(run(A, 0, 2)));
        ForecastArchive.writeNew(Files.createDirectories(groups.resolve("k2")), List.of(run(B, 0, 1)));
        ForecastArchive.assemble(results, List.of("k1", "k2"));
        List<String> lines = gunzip(results.resolve(ForecastArchive.FILE_NAME));
        assertEquals(1 + 4 + 2, lines.size());
        assertEquals(gunzip(groups.resolve("k1").resolve(ForecastArchive.FILE_NAME)), lines.subList(0, 5));
        assertTrue(lines.get(5).startsWith("b,TEST,0,"), lines.get(5));
    }

    @Test
    void verifyRefusesATruncatedFileNamingIt(@TempDir Path dir) throws IOException {
        Path file = write(dir, "g", List.of(run(A, 0, 50_000)));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        ResultsFormatException e = assertThrows(
                ResultsFormatException.class,
                () -> ForecastArchive.verify(file, List.of(new ForecastArchive.ArchivedRun(A, 0, 50_000))));
        assertTrue(e.getMessage().startsWith(file + ", after "), e.getMessage());
        assertTrue(e.getMessage().contains("not a complete gzip file"), e.getMessage());
    }

    @Test
    void verifyRefusesAFileThatIsNotGzip(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(ForecastArchive.FILE_NAME), "run_id,split\n");
        ResultsFormatException e = assertThrows(
                ResultsFormatException.class,
                () -> ForecastArchive.verify(file, List.of(new ForecastArchive.ArchivedRun(A, 0, 1))));
        assertTrue(e.getMessage().contains(file + ", after 0 lines: not a complete gzip file"), e.getMessage());
    }

    @Test
    void verifyRefusesAnotherRunsRowsAndAnotherNumberOfRows(@TempDir Path dir) throws IOException {
        Path file = write(dir, "g", List.of(run(B, 0, 2)));
        ResultsFormatException foreign = assertThrows(
                ResultsFormatException.class,
                () -> ForecastArchive.verify(file, List.of(new ForecastArchive.ArchivedRun(A, 0, 2))));
        assertEquals(file + ", line 2: run b is not a run of this group; expected a", foreign.getMessage());

        ResultsFormatException shorter = assertThrows(
                ResultsFormatException.class,
                () -> ForecastArchive.verify(file, List.of(new ForecastArchive.ArchivedRun(B, 0, 3))));
        assertEquals(
                file + ", line 4: expected the STREAMING TEST forecast of index 2, found b,TEST,0,0.0,-0.5,WINDOWED",
                shorter.getMessage());

        ResultsFormatException longer = assertThrows(
                ResultsFormatException.class,
                () -> ForecastArchive.verify(file, List.of(new ForecastArchive.ArchivedRun(B, 0, 1))));
        assertTrue(
                longer.getMessage().contains(file + ", line 3: expected the WINDOWED TEST forecast of index 0"),
                longer.getMessage());

        ResultsFormatException more =
                assertThrows(ResultsFormatException.class, () -> ForecastArchive.verify(file, List.of()));
        assertEquals(
                file + " has more than the 1 lines expected (header, then every test point of [] in both modes)",
                more.getMessage());
    }

    @Test
    void verifyRefusesAFileThatEndsEarly(@TempDir Path dir) throws IOException {
        Path file = write(dir, "g", List.of(run(A, 0, 2)));
        ResultsFormatException e = assertThrows(
                ResultsFormatException.class,
                () -> ForecastArchive.verify(
                        file,
                        List.of(new ForecastArchive.ArchivedRun(A, 0, 2), new ForecastArchive.ArchivedRun(B, 0, 1))));
        assertTrue(e.getMessage().startsWith(file + " ends after 5 lines; 7 expected"), e.getMessage());
    }

    @Test
    void aFailureWhileWritingPropagatesUnchanged(@TempDir Path dir) throws IOException {
        UncheckedIOException failure = new UncheckedIOException(new IOException("the forecasts are unavailable"));
        List<TestForecasts> failing = new AbstractList<>() {
            @Override
            public TestForecasts get(int index) {
                if (index == 1) {
                    throw failure;
                }
                return run(A, 0, 10);
            }

            @Override
            public int size() {
                return 2;
            }
        };
        Path folder = Files.createDirectories(dir.resolve("g"));
        UncheckedIOException thrown =
                assertThrows(UncheckedIOException.class, () -> ForecastArchive.writeNew(folder, failing));
        assertSame(failure, thrown, "not replaced by an error from closing the stream");
    }
}
