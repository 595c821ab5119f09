package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lstmbench.harness.run.FolderLock;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.RunEntry;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import lstmbench.report.results.SplitSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lstmbench run} end to end on a tiny experiment: the files it writes, determinism apart
 * from timing columns, resuming after an interruption, and every refusal with exit code 2 and
 * nothing written.
 */
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
        for (String f : List.of(
                "manifest.json",
                "runs.csv",
                "curves.csv",
                "forecasts.csv",
                "series.csv",
                "splits.csv",
                "report/index.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f + " is missing or empty");
        }
        List<SeriesPoint> series = ResultsFiles.SERIES.read(out);
        List<SplitSummary> splits = ResultsFiles.SPLITS.read(out);
        assertEquals(
                List.of(Split.TRAIN, Split.VALIDATION, Split.TEST),
                splits.stream().map(SplitSummary::split).toList());
        for (SplitSummary s : splits) {
            assertEquals(
                    series.stream()
                            .filter(p -> p.dataset().equals(s.dataset()) && p.split() == s.split())
                            .count(),
                    s.points(),
                    "a short series.csv is whole, so splits.csv counts its rows: " + s);
        }
        List<RunRecord> runs = ResultsFiles.RUNS.read(out);
        assertEquals(1 * 2 * 2 * 2, runs.size(), "datasets x strategies x seeds x learning rates");
        assertEquals(4, runs.stream().filter(RunRecord::chosenForTest).count(), "one chosen per strategy and seed");
        assertTrue(runs.stream()
                .filter(RunRecord::chosenForTest)
                .allMatch(r -> r.test().isPresent()));
        assertTrue(runs.stream()
                .filter(r -> !r.chosenForTest())
                .allMatch(r -> r.test().isEmpty()));
        assertEquals(8 * 2, ResultsFiles.CURVES.read(out).size(), "one curve point per run and epoch");
        assertTrue(o.out().contains("tiny: 8 runs"), o.out());
    }

    /**
     * The values of every results file without timing columns (seconds, wall time, the JVM heap
     * peak, the seconds of each batch) and the manifest's run statuses: what an interrupted and
     * resumed run must reproduce.
     */
    static List<String> withoutTiming(Path out) throws IOException {
        List<String> rows = new java.util.ArrayList<>();
        for (RunRecord r : ResultsFiles.RUNS.read(out)) {
            rows.add(r.runId() + " " + r.status() + " " + r.chosenForTest() + " " + r.epochsRun() + " "
                    + r.finalTrainLoss() + " " + r.validationLoss() + " " + r.test() + " " + r.memoryHorizon() + " "
                    + r.cost().timestepsPerEpoch() + " " + r.cost().trainingBytesPerEpoch() + " "
                    + r.protocol().chosenEpoch() + " " + r.protocol().selectedMode() + " "
                    + r.protocol().optimizerUpdates());
        }
        for (CurvePoint c : ResultsFiles.CURVES.read(out)) {
            rows.add(c.runId() + " " + c.epoch() + " " + c.trainLoss() + " " + c.validationLoss() + " "
                    + c.timestepsSeen() + " " + c.gradientNorm() + " " + c.windowedValidationLoss() + " "
                    + c.updatesSeen());
        }
        ResultsFiles.FORECASTS.read(out).forEach(f -> rows.add(f.toString()));
        ResultsFiles.MEMORY.read(out).stream()
                .filter(m -> m.probe() != MemoryProbe.PEAK_HEAP_BYTES && m.probe() != MemoryProbe.BATCH_SECONDS)
                .forEach(m -> rows.add(m.toString()));
        ResultsFiles.SERIES.read(out).forEach(p -> rows.add(p.toString()));
        ResultsFiles.SPLITS.read(out).forEach(s -> rows.add(s.toString()));
        Manifest manifest = ManifestFile.read(out);
        rows.add(manifest.runs() + " finished " + manifest.finishedAt().isPresent() + " " + manifest.datasets());
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
    void resumeRunsOnlyTheGroupsAnInterruptionLeftUncommitted(@TempDir Path dir) throws IOException {
        Path yaml = write(dir, "tiny.yaml", TINY), out = dir.resolve("out");
        assertEquals(0, run(yaml, out, "--quiet").exitCode());
        List<String> complete = withoutTiming(out);
        List<String> keys = GroupFolders.keys(out);
        assertEquals(4, keys.size(), "one committed folder per dataset, strategy and seed");
        // what a kill leaves: a group that never committed, a half-written group and a temporary file
        deleteTree(GroupFolders.folder(out).resolve(keys.get(1)));
        Files.createDirectories(GroupFolders.folder(out).resolve(".tmp-" + keys.get(1) + "-99999"));
        Files.writeString(GroupFolders.folder(out).resolve(".tmp-" + keys.get(1) + "-99999/runs.csv"), "run_id\n");
        Files.createFile(out.resolve(".forecasts.csv.abc123.tmp"));
        Files.delete(out.resolve("forecasts.csv"));

        CommandLineRunner.Outcome resumed = run(yaml, out, "--quiet", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("(1 groups run, 3 resumed)"), resumed.out());
        assertEquals(complete, withoutTiming(out));
        assertEquals(keys, GroupFolders.keys(out));
        assertFalse(Files.exists(out.resolve(".forecasts.csv.abc123.tmp")), "stale temporary file removed");
        try (var groups = Files.list(GroupFolders.folder(out))) {
            assertTrue(
                    groups.noneMatch(p -> p.getFileName().toString().startsWith(".tmp-")),
                    "stale temporary group folder removed");
        }
    }

    @Test
    void aReportOfAnInterruptedFolderShowsOnlyCommittedGroupsAndCallsNothingElseFinished(@TempDir Path dir)
            throws IOException {
        Path yaml = write(dir, "tiny.yaml", TINY), out = dir.resolve("out");
        assertEquals(0, run(yaml, out, "--quiet").exitCode());
        Manifest finished = ManifestFile.read(out);
        // an interruption after three of four groups: the manifest as written at the start, no top-level rows
        ManifestFile.write(
                out,
                finished.withRuns(
                        finished.runs().stream()
                                .map(e -> new RunEntry(e.runId(), RunStatus.PENDING))
                                .toList(),
                        Optional.empty()));
        deleteTree(GroupFolders.folder(out).resolve(GroupFolders.keys(out).get(0)));
        for (String f : List.of("runs.csv", "curves.csv", "forecasts.csv", "memory.csv")) {
            Files.delete(out.resolve(f));
        }

        CommandLineRunner.Outcome report = CommandLineRunner.run("report", out.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertEquals(6, ResultsFiles.RUNS.read(out).size(), "three committed groups of two learning rates");
        Manifest manifest = ManifestFile.read(out);
        assertEquals(Optional.empty(), manifest.finishedAt());
        assertEquals(
                2,
                manifest.runs().stream()
                        .filter(e -> e.status() == RunStatus.PENDING)
                        .count());
        String page = Files.readString(out.resolve("report/index.html"));
        assertTrue(page.contains("no row in runs.csv"), "the report names the missing runs");
    }

    @Test
    void aFolderKilledBeforeItsManifestIsTheSameExperimentStartedOver(@TempDir Path dir) throws IOException {
        Path yaml = write(dir, "tiny.yaml", TINY), out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("runs.csv"), String.join(",", ResultsFiles.RUNS.columns()) + "\n");
        CommandLineRunner.Outcome resumed = run(yaml, out, "--quiet", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("has no manifest.json"), resumed.err());
        assertTrue(resumed.out().contains("(4 groups run, 0 resumed)"), resumed.out());
        assertEquals(8, ResultsFiles.RUNS.read(out).size());
    }

    @Test
    void resumeRefusesADatasetWhoseDataChangedNamingIt(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("value\n");
        for (int t = 0; t < 400; t++) {
            csv.append(Math.sin(t / 5.0) + 0.01 * (t % 7)).append('\n');
        }
        Path data = dir.resolve("data.csv");
        Files.writeString(data, csv);
        String spec = "csv:" + data + "?column=value";
        Path yaml = write(
                dir,
                "csv.yaml",
                TINY.replace("seeds: [1, 2]", "seeds: [1]")
                        .replace("\"synthetic:seasonal-ar?lag=4&length=700&seed=3\"", "\"" + spec + "\""));
        Path out = dir.resolve("out");
        assertEquals(0, run(yaml, out, "--quiet").exitCode());
        assertTrue(ManifestFile.read(out).datasets().get(0).fileSha256().isPresent(), "a csv: file is fingerprinted");
        deleteTree(GroupFolders.folder(out).resolve(GroupFolders.keys(out).get(0)));
        Files.writeString(data, csv.toString().replace("value\n0.0\n", "value\n0.5\n"));

        CommandLineRunner.Outcome refused = run(yaml, out, "--quiet", "--resume");
        assertEquals(LstmBench.BAD_INPUT, refused.exitCode(), refused.err());
        assertTrue(
                refused.err()
                        .contains("dataset "
                                + ManifestFile.read(out).datasets().get(0).dataset()
                                + " changed since the interrupted run"),
                refused.err());
        assertEquals(0, run(yaml, out, "--quiet").exitCode(), "without --resume it starts over");
    }

    static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
    void aFolderAnotherWriterHoldsIsRefusedNamingItsProcess(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        try (FolderLock held = FolderLock.acquire(out)) {
            String holder = "is in use by process " + ProcessHandle.current().pid() + " (since ";
            assertRefused(run(write(dir, "tiny.yaml", TINY), out, "--quiet"), out, holder);
            CommandLineRunner.Outcome report = CommandLineRunner.run("report", out.toString());
            assertEquals(LstmBench.BAD_INPUT, report.exitCode(), report.err());
            assertTrue(report.err().contains(holder), report.err());
        }
    }

    @Test
    void anUnknownStrategyIsRefusedListingTheValidNames(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertRefused(
                run(write(dir, "t.yaml", TINY), out, "--strategies", "sliding-windows"),
                out,
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
        CommandLineRunner.Outcome o =
                run(write(dir, "t.yaml", TINY), out, "--strategies", "stateful-tbptt?chunk=100&streams=8");
        assertRefused(o, out, "B x T = 8 x 100 = 800 is larger than the training part");
    }

    @Test
    void nonPositiveEpochsAndLearningRatesAreRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertRefused(run(write(dir, "t.yaml", TINY), out, "--epochs", "0"), out, "--epochs must be >= 1, got 0");
        assertRefused(
                run(write(dir, "lr.yaml", TINY.replace("[0.003, 0.01]", "[0.003, 0]")), out),
                out,
                "learning rate 0.0 must be a positive number");
    }

    @Test
    void duplicateLearningRatesAreRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertRefused(
                run(write(dir, "lr.yaml", TINY.replace("[0.003, 0.01]", "[0.01, 0.003, 0.01]")), out),
                out,
                "learningRates lists 0.01 twice (entries 1 and 3)");
    }

    @Test
    void underAnUpdateBudgetEveryRunRecordsTheSameUpdatesAndItsChosenCheckpoint(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        String yaml = TINY.replace("epochs: 2\n", "budget: {updates: 30}\nselection: {mode: validation}\n");
        assertEquals(0, run(write(dir, "u.yaml", yaml), out, "--quiet").exitCode());
        List<RunRecord> runs = ResultsFiles.RUNS.read(out);
        for (RunRecord r : runs) {
            assertEquals(30, r.protocol().optimizerUpdates(), r.runId().value());
            assertEquals("updates=30", r.protocol().budget());
            assertEquals(
                    r.strategy().equals("sliding-window") ? 8 : 20,
                    r.protocol().window(),
                    "windowed with the trained W or T");
            assertTrue(r.protocol().chosenEpoch().isPresent()
                    && r.protocol().selectedMode().isPresent());
            assertTrue(r.protocol().chosenEpoch().getAsInt() <= r.epochsRun());
            assertTrue(r.protocol().evaluationSeconds() > 0 && r.protocol().trainingSeconds() > 0);
        }
        for (CurvePoint c : ResultsFiles.CURVES.read(out)) {
            assertTrue(c.updates() > 0 && c.updatesSeen() <= 30 && Double.isFinite(c.windowedValidationLoss()));
        }
        assertTrue(
                runs.stream().anyMatch(r -> r.strategy().equals("stateful-tbptt") && r.epochsRun() > 2),
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
        assertTrue(
                o.err()
                        .contains(
                                "valid presets are quick, seed-question, seed-question-updates, memory-sweep, memory-followup, real-data, asker"),
                o.err());
    }

    @Test
    void divergedRunsAreRecordedAndTheExperimentCarriesOn(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        String yaml = TINY.replace("[0.003, 0.01]", "[0.01, 1.0e30]")
                .replace("seeds: [1, 2]", "seeds: [1]")
                .replace("optimizer", "x");
        CommandLineRunner.Outcome o = run(
                write(
                        dir,
                        "d.yaml",
                        yaml.replace(
                                "evaluation:", "optimizer: {type: sgd, momentum: 0.0, clipNorm: 1.0e30}\nevaluation:")),
                out,
                "--quiet");
        assertEquals(0, o.exitCode(), o.err());
        List<RunRecord> runs = ResultsFiles.RUNS.read(out);
        assertTrue(runs.stream().anyMatch(r -> r.status() == RunStatus.DIVERGED), runs.toString());
        assertTrue(runs.stream().anyMatch(r -> r.status() == RunStatus.OK && r.chosenForTest()));
    }
}
