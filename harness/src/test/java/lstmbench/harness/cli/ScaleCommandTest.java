package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lstmbench.harness.scaling.ScalingRow;
import lstmbench.harness.scaling.ScalingSchema;
import lstmbench.report.io.ResultsFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code lstmbench scale}: bad lengths (also a longest length beyond the heap) are refused before
 * anything is written, a run at two tiny lengths (5,000 and 10,000 points: the shortest the
 * experiment allows is about 4,600) really starts two child processes and writes scaling.csv and its
 * report page, and a failing child leaves the rows measured before it.
 */
class ScaleCommandTest {
    @ParameterizedTest(name = "--lengths {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "abc|'abc' is not a positive integer",
                "3000,1.5|'1.5' is not a positive integer",
                "0|0 is not a positive integer",
                "-3000|-3000 is not a positive integer",
                "3000,6000,3000|3000 is given twice",
                "3000,9000|3000 points is too short for the scaling experiment",
                "99999999999|99999999999 points",
                "5000,2000000000|2000000000 points need about 134.3 GiB of Java heap in the child run with 1 worker,"
            })
    void badLengthsAreRefusedBeforeAnythingIsWritten(String lengths, String expected, @TempDir Path dir) {
        Path out = dir.resolve("scaling");
        CommandLineRunner.Outcome o = CommandLineRunner.run("scale", "--lengths=" + lengths, "--out", out.toString());
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().startsWith("lstmbench: --lengths: "), o.err());
        assertTrue(o.err().contains(expected), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line:\n" + o.err());
        assertFalse(Files.exists(out), "nothing written");
        assertEquals("", o.out());
    }

    @Test
    void zeroWorkersPerRunIsRefused(@TempDir Path dir) {
        Path out = dir.resolve("scaling");
        CommandLineRunner.Outcome o =
                CommandLineRunner.run("scale", "--lengths", "3000", "--workers-per-run", "0", "--out", out.toString());
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().contains("--workers-per-run must be >= 1, got 0"), o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFailingChildRunEndsTheCommandNamingTheLengthAndItsLogAndKeepsTheRowsBeforeIt(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("scaling");
        // a file where the second child's results folder goes: that run refuses it and exits with 2
        Files.createDirectories(out.resolve("runs"));
        Files.writeString(out.resolve("runs/10000"), "not a folder");
        // an earlier invocation's table, which this one replaces
        ScalingSchema.FILE.write(out, List.of(new ScalingRow(77, 1, 1, 1, 1, 1, 1, 1, 1)));
        CommandLineRunner.Outcome o =
                CommandLineRunner.run("scale", "--lengths", "5000,10000", "--out", out.toString());
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        Path log = out.resolve("runs/10000.log");
        assertTrue(o.err().contains("the run at 10000 points failed (exit code 2); see its log " + log), o.err());
        assertTrue(Files.readString(log).contains("lstmbench: "), "the child's refusal is in its log");
        List<ScalingRow> rows = ScalingSchema.FILE.read(out);
        assertEquals(List.of(5000L), rows.stream().map(ScalingRow::points).toList(), "the row measured before");
        assertTrue(rows.get(0).trainingSeconds() > 0, rows.toString());
    }

    @Test
    void measuresEachLengthInItsOwnProcessAndWritesTheTableAndThePage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scaling");
        CommandLineRunner.Outcome o =
                CommandLineRunner.run("scale", "--lengths", "10000,5000", "--out", out.toString());
        assertEquals(0, o.exitCode(), o.err() + o.out());

        List<ScalingRow> rows = ScalingSchema.FILE.read(out);
        assertEquals(
                List.of(5000L, 10000L), rows.stream().map(ScalingRow::points).toList(), "sorted by points");
        for (ScalingRow row : rows) {
            String what = row.toString();
            Path runDir = out.resolve("runs").resolve(Long.toString(row.points()));
            assertTrue(row.trainingSeconds() > 0, what);
            assertTrue(row.evaluationSeconds() > 0, what);
            // the child's wall time holds its JVM start, training, evaluation and writing
            assertTrue(row.wallSeconds() >= row.trainingSeconds() + row.evaluationSeconds(), what);
            assertTrue(row.wallPerTraining() >= 1, what);
            assertTrue(row.peakHeapBytes() > 0, what);
            assertTrue(row.peakRssBytes() > 0 || row.peakRssBytes() == -1, what);
            assertTrue(row.seriesCsvBytes() > 0, what);
            assertEquals(Files.size(ResultsFiles.SERIES.path(runDir)), row.seriesCsvBytes(), what);
            assertEquals(
                    Files.size(ResultsFiles.FORECASTS.path(runDir)),
                    row.forecastsBytes(),
                    "the top-level forecasts.csv, not the groups' copies: " + what);
            assertTrue(row.folderBytes() > row.seriesCsvBytes() + row.forecastsBytes(), what);
            assertEquals(2, ResultsFiles.RUNS.read(runDir).size(), "one run per strategy");
            assertTrue(Files.isRegularFile(out.resolve("experiments/scale-" + row.points() + ".yaml")));
            assertTrue(Files.size(out.resolve("runs/" + row.points() + ".log")) > 0, "the child's output is kept");
        }
        assertTrue(
                rows.get(1).seriesCsvBytes() > rows.get(0).seriesCsvBytes(),
                "twice the points make a bigger series.csv: " + rows);

        String page = Files.readString(out.resolve("report/index.html"));
        assertTrue(page.contains("<table"), page);
        assertTrue(page.contains("5,000") && page.contains("10,000"), page);
        assertTrue(Files.size(out.resolve("report/scaling-seconds.png")) > 0);
        assertTrue(Files.size(out.resolve("report/scaling-bytes.png")) > 0);
        assertTrue(page.contains("scaling-seconds.png") && page.contains("scaling-bytes.png"), page);

        assertTrue(o.out().contains("wall / training"), o.out());
        assertTrue(o.out().contains("5,000") && o.out().contains("10,000"), o.out());
        assertTrue(o.out().contains("report: " + out.resolve("report").resolve("index.html")), o.out());
    }
}
