/*
 * `lstmbench run` end to end on a tiny experiment: the files it writes, determinism apart from
 * timing columns, resuming after an interruption, and every refusal with exit code 2 and nothing
 * written.
 */
package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;

class RunCommandTest {
    static final String TINY = """
            name: tiny
            datasets:
              - "synthetic:seasonal-ar?lag=4&length=700&seed=3"
            strategies:
              - "sliding-window?window=8&batch=16"
              - "stateful-tbptt?chunk=20&streams=4"
            model: {hiddenSize: 6, layers: 1}
            learningRates: [0.003, 0.01]
            epochs: 2
            seeds: [1, 2]
            evaluation: {window: 8}
            """;

    static Path write(Path dir, String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    static CommandLineRunner.Outcome run(Path yaml, Path out, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "run";
        args[1] = yaml.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CommandLineRunner.run(args);
    }

    @Test
    void aTinyExperimentWritesEveryResultsFileAndItsReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CommandLineRunner.Outcome o = run(write(dir, "tiny.yaml", TINY), out, "--quiet", "--workers", "2");
        assertEquals(0, o.exitCode(), o.err());
        for (String f : List.of("manifest.json", "runs.csv", "curves.csv", "forecasts.csv", "series.csv",
                "report/index.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f + " is missing or empty");
        }
        List<RunRecord> runs = ResultsFiles.RUNS.read(out);
        assertEquals(1 * 2 * 2 * 2, runs.size(), "datasets x strategies x seeds x learning rates");
        assertEquals(4, runs.stream().filter(RunRecord::chosenForTest).count(), "one chosen per strategy and seed");
        assertTrue(runs.stream().filter(RunRecord::chosenForTest).allMatch(r -> r.test().isPresent()));
        assertTrue(runs.stream().filter(r -> !r.chosenForTest()).allMatch(r -> r.test().isEmpty()));
        assertEquals(8 * 2, ResultsFiles.CURVES.read(out).size(), "one curve point per run and epoch");
        assertTrue(o.out().contains("tiny: 8 runs"), o.out());
    }

    /** The values of runs.csv and curves.csv without their timing columns. */
    static List<String> withoutTiming(Path out) throws IOException {
        List<String> rows = new java.util.ArrayList<>();
        for (RunRecord r : ResultsFiles.RUNS.read(out)) {
            rows.add(r.runId() + " " + r.status() + " " + r.finalTrainLoss() + " " + r.validationLoss() + " "
                    + r.test() + " " + r.cost().timestepsPerEpoch() + " " + r.cost().trainingBytesPerEpoch() + " "
                    + r.protocol().chosenEpoch() + " " + r.protocol().selectedMode() + " "
                    + r.protocol().optimizerUpdates());
        }
        for (CurvePoint c : ResultsFiles.CURVES.read(out)) {
            rows.add(c.runId() + " " + c.epoch() + " " + c.trainLoss() + " " + c.validationLoss() + " "
                    + c.timestepsSeen() + " " + c.gradientNorm() + " " + c.windowedValidationLoss() + " "
                    + c.updatesSeen());
        }
        return rows;
    }

    @Test
    void theSameExperimentGivesIdenticalResultsApartFromTiming(@TempDir Path dir) throws IOException {
        Path yaml = write(dir, "tiny.yaml", TINY);
        assertEquals(0, run(yaml, dir.resolve("a"), "--quiet", "--workers", "2").exitCode());
        assertEquals(0, run(yaml, dir.resolve("b"), "--quiet", "--workers", "1").exitCode());
        assertEquals(withoutTiming(dir.resolve("a")), withoutTiming(dir.resolve("b")));
    }

    @Test
    void resumeRunsOnlyTheGroupsAnInterruptionLeftUnfinished(@TempDir Path dir) throws IOException {
        Path yaml = write(dir, "tiny.yaml", TINY), out = dir.resolve("out");
        assertEquals(0, run(yaml, out, "--quiet").exitCode());
        List<String> complete = withoutTiming(out);
        List<RunRecord> runs = ResultsFiles.RUNS.read(out);
        String lost = runs.get(0).runId().value();
        String group = lost.substring(0, lost.indexOf("__lr"));
        ResultsFiles.RUNS.write(out, runs.stream().filter(r -> !r.runId().value().startsWith(group)
                || !r.runId().value().endsWith(lost.substring(lost.lastIndexOf("__seed")))).toList());

        CommandLineRunner.Outcome resumed = run(yaml, out, "--quiet", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("(1 groups run, 3 resumed)"), resumed.out());
        assertEquals(complete, withoutTiming(out));
    }

    @Test
    void aFolderWithAnotherExperimentIsRefusedUnlessForced(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, run(write(dir, "tiny.yaml", TINY), out, "--quiet").exitCode());
        Path other = write(dir, "other.yaml", TINY.replace("epochs: 2", "epochs: 1"));
        CommandLineRunner.Outcome refused = run(other, out, "--quiet");
        assertEquals(LstmBench.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("holds results of a different experiment configuration"), refused.err());
        assertEquals(16, ResultsFiles.CURVES.read(out).size(), "the earlier results are untouched");
        assertEquals(0, run(other, out, "--quiet", "--force").exitCode());
        assertEquals(8, ResultsFiles.CURVES.read(out).size());
    }

    static void assertRefused(CommandLineRunner.Outcome o, Path out, String expected) {
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().contains(expected), "expected '" + expected + "' in: " + o.err());
        assertFalse(Files.exists(out.resolve("runs.csv")), "nothing may be written");
        assertFalse(Files.exists(out.resolve("manifest.json")), "nothing may be written");
    }

    @Test
    void anUnknownStrategyIsRefusedListingTheValidNames(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertRefused(run(write(dir, "t.yaml", TINY), out, "--strategies", "sliding-windows"), out,
                "Unknown strategy 'sliding-windows': expected one of sliding-window, chunked-reset");
    }

    @Test
    void anUnknownDatasetIsRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CommandLineRunner.Outcome o = run(write(dir, "t.yaml", TINY), out, "--data", "synthetic:sine-mixtur");
        assertRefused(o, out, "sine-mixtur");
    }

    @Test
    void aWindowLongerThanTheTrainingPartIsRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CommandLineRunner.Outcome o = run(write(dir, "t.yaml", TINY), out, "--strategies", "sliding-window?window=600");
        assertRefused(o, out, "does not fit dataset");
    }

    @Test
    void streamsTimesChunkLargerThanTheTrainingPartIsRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CommandLineRunner.Outcome o = run(write(dir, "t.yaml", TINY), out, "--strategies",
                "stateful-tbptt?chunk=100&streams=8");
        assertRefused(o, out, "B x T = 8 x 100 = 800 is larger than the training part");
    }

    @Test
    void nonPositiveEpochsAndLearningRatesAreRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertRefused(run(write(dir, "t.yaml", TINY), out, "--epochs", "0"), out, "--epochs must be >= 1, got 0");
        assertRefused(run(write(dir, "lr.yaml", TINY.replace("[0.003, 0.01]", "[0.003, 0]")), out), out,
                "learning rate 0.0 must be a positive number");
    }

    @Test
    void duplicateLearningRatesAreRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertRefused(run(write(dir, "lr.yaml", TINY.replace("[0.003, 0.01]", "[0.01, 0.003, 0.01]")), out), out,
                "learningRates must be distinct, got [0.01, 0.003, 0.01]");
    }

    @Test
    void underAnUpdateBudgetEveryRunRecordsTheSameUpdatesAndItsChosenCheckpoint(@TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("out");
        String yaml = TINY.replace("epochs: 2\n", "budget: {updates: 30}\nselection: {mode: validation}\n");
        assertEquals(0, run(write(dir, "u.yaml", yaml), out, "--quiet").exitCode());
        List<RunRecord> runs = ResultsFiles.RUNS.read(out);
        for (RunRecord r : runs) {
            assertEquals(30, r.protocol().optimizerUpdates(), r.runId().value());
            assertEquals("updates=30", r.protocol().budget());
            assertEquals(r.strategy().equals("sliding-window") ? 8 : 20, r.protocol().window(),
                    "windowed with the trained W or T");
            assertTrue(r.protocol().chosenEpoch().isPresent() && r.protocol().selectedMode().isPresent());
            assertTrue(r.protocol().chosenEpoch().getAsInt() <= r.epochsRun());
            assertTrue(r.protocol().evaluationSeconds() > 0 && r.protocol().trainingSeconds() > 0);
        }
        for (CurvePoint c : ResultsFiles.CURVES.read(out)) {
            assertTrue(c.updates() > 0 && c.updatesSeen() <= 30 && Double.isFinite(c.windowedValidationLoss()));
        }
        assertTrue(runs.stream().anyMatch(r -> r.strategy().equals("stateful-tbptt") && r.epochsRun() > 2),
                "stateful-tbptt makes few updates per epoch, so 30 updates take it several epochs");
    }

    @Test
    void yamlSyntaxErrorsAreRefusedWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CommandLineRunner.Outcome o = run(write(dir, "bad.yaml", TINY.replace("epochs: 2", "epochs: [2")), out);
        assertRefused(o, out, "bad.yaml: line ");
        assertTrue(o.err().contains("column"), o.err());
    }

    @Test
    void anUnknownPresetIsRefusedListingThePresets() {
        CommandLineRunner.Outcome o = CommandLineRunner.run("run", "quik");
        assertEquals(LstmBench.BAD_INPUT, o.exitCode());
        assertTrue(o.err().contains("valid presets are quick, seed-question, memory-sweep, real-data"), o.err());
    }

    @Test
    void divergedRunsAreRecordedAndTheExperimentCarriesOn(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        String yaml = TINY.replace("[0.003, 0.01]", "[0.01, 1.0e30]").replace("seeds: [1, 2]", "seeds: [1]")
                .replace("optimizer", "x");
        CommandLineRunner.Outcome o = run(write(dir, "d.yaml", yaml.replace("evaluation:",
                "optimizer: {type: sgd, momentum: 0.0, clipNorm: 1.0e30}\nevaluation:")), out, "--quiet");
        assertEquals(0, o.exitCode(), o.err());
        List<RunRecord> runs = ResultsFiles.RUNS.read(out);
        assertTrue(runs.stream().anyMatch(r -> r.status() == RunStatus.DIVERGED), runs.toString());
        assertTrue(runs.stream().anyMatch(r -> r.status() == RunStatus.OK && r.chosenForTest()));
    }
}
