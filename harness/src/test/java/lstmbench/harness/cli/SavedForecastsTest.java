package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import lstmbench.report.io.ForecastArchive;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which test forecasts a results folder keeps: by default forecasts.csv holds the first 1,000 test
 * points of each chosen run (what the report draws) while runs.csv's errors cover the whole test
 * part; {@code --save-forecasts all} also writes every test forecast to forecasts.csv.gz, per group
 * and assembled at the top level, from which runs.csv's test errors can be recomputed.
 */
class SavedForecastsTest {
    /** 8,000 points: a test part of 1,200, longer than the stretch. */
    private static final String LONG_TEST = """
            name: long-test
            datasets:
              - "synthetic:seasonal-ar?lag=4&length=8000&seed=3"
            strategies:
              - "stateful-tbptt?chunk=50&streams=8"
            model: {hiddenSize: 4, layers: 1}
            learningRates: [0.01]
            epochs: 1
            seeds: [1]
            evaluation: {window: 8}
            """;

    private static final int TEST_POINTS = 1200;

    @Test
    void byDefaultForecastsCsvKeepsTheStretchAndNoArchiveIsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CommandLineRunner.Outcome o =
                RunCommandTest.run(RunCommandTest.write(dir, "long.yaml", LONG_TEST), out, "--quiet");
        assertEquals(0, o.exitCode(), o.err());
        List<ForecastPoint> kept = ResultsFiles.FORECASTS.read(out);
        for (EvaluationMode mode : EvaluationMode.values()) {
            assertEquals(1000, kept.stream().filter(p -> p.mode() == mode).count(), mode + " rows");
        }
        int firstTest = kept.stream().mapToInt(ForecastPoint::index).min().orElseThrow();
        assertEquals(8000 - TEST_POINTS, firstTest, "the stretch starts at the first test point");
        assertFalse(Files.exists(out.resolve(ForecastArchive.FILE_NAME)));
    }

    @Test
    void saveForecastsAllKeepsEveryTestForecastFromWhichTheTestErrorsFollow(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CommandLineRunner.Outcome o = RunCommandTest.run(
                RunCommandTest.write(dir, "long.yaml", LONG_TEST), out, "--quiet", "--save-forecasts", "all");
        assertEquals(0, o.exitCode(), o.err());
        List<String> lines = gunzip(out.resolve(ForecastArchive.FILE_NAME));
        assertEquals("run_id,split,index,actual,predicted,mode", lines.get(0));
        assertEquals(1 + 2 * TEST_POINTS, lines.size(), "header, then every test point in both modes");

        List<String> groups = GroupFolders.keys(out);
        assertEquals(1, groups.size());
        assertEquals(
                lines,
                gunzip(GroupFolders.folder(out).resolve(groups.get(0)).resolve(ForecastArchive.FILE_NAME)),
                "the top-level file is the committed group's");

        RunRecord chosen = ResultsFiles.RUNS.read(out).stream()
                .filter(RunRecord::chosenForTest)
                .findFirst()
                .orElseThrow();
        double se = 0;
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells[5].equals("STREAMING")) {
                double e = Double.parseDouble(cells[3]) - Double.parseDouble(cells[4]);
                se += e * e;
                n++;
            }
        }
        assertEquals(TEST_POINTS, n);
        double mse = chosen.test().orElseThrow().streaming().mseOriginal();
        assertEquals(mse, se / n, 1e-9 * mse, "runs.csv's streaming test MSE from the archived forecasts");

        List<String> stretch = new ArrayList<>();
        for (String line : Files.readAllLines(ResultsFiles.FORECASTS.path(out))) {
            stretch.add(line);
        }
        assertTrue(lines.containsAll(stretch.subList(1, stretch.size())), "forecasts.csv's rows are archived too");
    }

    @Test
    void anUnknownSaveForecastsValueIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CommandLineRunner.Outcome o =
                RunCommandTest.run(RunCommandTest.write(dir, "long.yaml", LONG_TEST), out, "--save-forecasts", "some");
        assertEquals(2, o.exitCode());
        assertTrue(o.err().contains("--save-forecasts must be stretch or all, got 'some'"), o.err());
        assertFalse(Files.exists(out));
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
}
