package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lstmbench.report.io.ForecastArchive;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.Machine;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.Shard;
import lstmbench.report.results.Split;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lstmbench run --shard} and {@code lstmbench merge} in-process on the tiny experiment (four
 * groups: two strategies x two seeds) split into three shards: each shard runs the groups of deal
 * rank r with r mod 3 = its index (ShardDealTest covers the rank), the merged folder equals a single-process run apart from
 * timing columns and the list of machines, and every refusal (a missing shard, a group committed
 * twice, another configuration, a folder of another shard, a truncated, missing, foreign or
 * unexpected forecasts.csv.gz) exits with 2 and writes nothing; with --save-forecasts all the
 * merged forecasts.csv.gz holds a single-process run's rows.
 */
class ShardMergeTest {
    @TempDir
    static Path shared;

    static Path yaml;
    static Path single;
    static List<Path> shards = new ArrayList<>();
    /** The experiment run with --save-forecasts all, whole and in two shards. */
    static Path singleAll;

    static List<Path> shardsAll = new ArrayList<>();

    @BeforeAll
    static void runTheExperimentWholeAndInThreeShards() throws IOException {
        yaml = RunCommandTest.write(shared, "tiny.yaml", RunCommandTest.TINY);
        single = shared.resolve("single");
        CommandLineRunner.Outcome whole = RunCommandTest.run(yaml, single, "--quiet", "--workers", "2");
        assertEquals(0, whole.exitCode(), whole.err());
        for (int i = 0; i < 3; i++) {
            Path out = shared.resolve("shard-" + i);
            CommandLineRunner.Outcome o =
                    RunCommandTest.run(yaml, out, "--quiet", "--workers", "1", "--shard", i + "/3");
            assertEquals(0, o.exitCode(), o.err());
            assertTrue(o.out().contains("tiny shard " + i + "/3: "), o.out());
            shards.add(out);
        }
        singleAll = shared.resolve("single-all");
        CommandLineRunner.Outcome all =
                RunCommandTest.run(yaml, singleAll, "--quiet", "--workers", "2", "--save-forecasts", "all");
        assertEquals(0, all.exitCode(), all.err());
        for (int i = 0; i < 2; i++) {
            Path out = shared.resolve("shard-all-" + i);
            CommandLineRunner.Outcome o = RunCommandTest.run(
                    yaml, out, "--quiet", "--workers", "1", "--shard", i + "/2", "--save-forecasts", "all");
            assertEquals(0, o.exitCode(), o.err());
            shardsAll.add(out);
        }
    }

    /** A copy of a results folder that a test may damage. */
    private static Path copyOf(Path folder, Path into) throws IOException {
        Path target = into.resolve(folder.getFileName());
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(folder.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static Path archive(Path folder, String key) {
        return GroupFolders.folder(folder).resolve(key).resolve(ForecastArchive.FILE_NAME);
    }

    private static CommandLineRunner.Outcome merge(Path out, List<Path> folders, String... extra) {
        List<String> args = new ArrayList<>(List.of("merge", out.toString()));
        folders.forEach(f -> args.add(f.toString()));
        args.addAll(List.of(extra));
        return CommandLineRunner.run(args.toArray(String[]::new));
    }

    @Test
    void eachShardRunsTheGroupsWhoseDealRankModuloTheCountIsItsIndex() throws IOException {
        // one dataset: the deal rank (strategy, dataset, seed) equals the plan position
        List<String> all = GroupFolders.keys(single);
        for (int i = 0; i < 3; i++) {
            Manifest manifest = ManifestFile.read(shards.get(i));
            assertEquals(Optional.of(new Shard(i, 3)), manifest.shard());
            assertTrue(manifest.finishedAt().isPresent(), "a finished shard is a finished folder");
            List<String> expected = new ArrayList<>();
            for (int p = i; p < all.size(); p += 3) {
                expected.add(all.get(p));
            }
            assertEquals(expected, GroupFolders.keys(shards.get(i)));
            assertEquals(expected.size() * 2, manifest.runs().size(), "its own runs only, two learning rates each");
            assertEquals(
                    expected.size() * 2, ResultsFiles.RUNS.read(shards.get(i)).size());
            assertTrue(Files.exists(shards.get(i).resolve("report/index.html")));
        }
        assertEquals(Optional.empty(), ManifestFile.read(single).shard());
    }

    @Test
    void theMergedFolderEqualsASingleProcessRunApartFromTimingAndMachines(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("merged");
        CommandLineRunner.Outcome o = merge(out, List.of(shards.get(2), shards.get(0), shards.get(1)));
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().contains("tiny: 8 runs (4 groups) merged from 3 folders"), o.out());
        assertEquals(RunCommandTest.withoutTiming(single), RunCommandTest.withoutTiming(out));
        assertEquals(GroupFolders.keys(single), GroupFolders.keys(out));
        Manifest merged = ManifestFile.read(out), whole = ManifestFile.read(single);
        assertEquals(whole.configuration(), merged.configuration());
        assertEquals(whole.experiment(), merged.experiment());
        assertEquals(Optional.empty(), merged.shard());
        assertTrue(merged.finishedAt().isPresent());
        assertEquals(
                List.of(new Shard(0, 3), new Shard(1, 3), new Shard(2, 3)),
                merged.machines().stream().map(Machine::shard).toList(),
                "one machine per shard, in shard order");
        assertTrue(
                merged.machines().get(1).command().contains("--shard 1/3"),
                merged.machines().get(1).command());
        assertTrue(merged.command().startsWith("lstmbench merge "), merged.command());
        String page = Files.readString(out.resolve("report/index.html"));
        assertTrue(page.contains("Merged from 3 shards"), "the report lists the machines");
        assertEquals(List.of(), whole.machines(), "a single process lists no machines");
    }

    @Test
    void withSaveForecastsAllTheMergedArchiveEqualsASingleProcessRuns(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("merged");
        CommandLineRunner.Outcome o = merge(out, shardsAll);
        assertEquals(0, o.exitCode(), o.err());
        List<String> whole = SavedForecastsTest.gunzip(singleAll.resolve(ForecastArchive.FILE_NAME));
        long testPoints = ResultsFiles.SERIES.read(singleAll).stream()
                .filter(p -> p.split() == Split.TEST)
                .count();
        assertEquals(1 + 4 * 2 * testPoints, whole.size(), "header, then every test point in both modes, four groups");
        assertEquals(whole, SavedForecastsTest.gunzip(out.resolve(ForecastArchive.FILE_NAME)));
        for (String key : GroupFolders.keys(singleAll)) {
            assertEquals(
                    SavedForecastsTest.gunzip(archive(singleAll, key)),
                    SavedForecastsTest.gunzip(archive(out, key)),
                    key);
        }
        assertEquals(RunCommandTest.withoutTiming(singleAll), RunCommandTest.withoutTiming(out));
    }

    @Test
    void aTruncatedMissingOrForeignArchiveIsRefusedNamingItsFileAndNothingIsWritten(@TempDir Path dir)
            throws IOException {
        Path shard0 = copyOf(shardsAll.get(0), dir), shard1 = copyOf(shardsAll.get(1), dir);
        List<String> keys0 = GroupFolders.keys(shard0), keys1 = GroupFolders.keys(shard1);
        assertEquals(2, keys0.size());
        assertEquals(2, keys1.size());
        byte[] whole = Files.readAllBytes(archive(shard0, keys0.get(0)));
        Files.write(archive(shard0, keys0.get(0)), Arrays.copyOf(whole, whole.length / 2));
        Files.delete(archive(shard1, keys1.get(0)));
        Files.copy(archive(shard1, keys1.get(1)), archive(shard0, keys0.get(1)), StandardCopyOption.REPLACE_EXISTING);

        Path out = dir.resolve("merged");
        CommandLineRunner.Outcome o = merge(out, List.of(shard0, shard1));
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().contains("nothing was written"), o.err());
        assertTrue(o.err().contains(archive(shard0, keys0.get(0)) + ", after "), o.err());
        assertTrue(o.err().contains("not a complete gzip file"), o.err());
        assertTrue(
                o.err().contains(archive(shard1, keys1.get(0)) + " is missing: the configuration saves all forecasts"),
                o.err());
        assertTrue(o.err().contains(archive(shard0, keys0.get(1)) + ", line 2: run "), o.err());
        assertTrue(o.err().contains("is not a run of this group"), o.err());
        assertFalse(Files.exists(out), "nothing is written, not even the folder");
    }

    @Test
    void anArchiveASingleProcessWouldNotWriteIsRefused(@TempDir Path dir) throws IOException {
        Path shard0 = copyOf(shards.get(0), dir);
        String key = GroupFolders.keys(shard0).get(0);
        Files.copy(archive(singleAll, key), archive(shard0, key));
        Path out = dir.resolve("merged");
        CommandLineRunner.Outcome o = merge(out, List.of(shard0, shards.get(1), shards.get(2)));
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(
                o.err().contains(archive(shard0, key) + " is not expected: the configuration does not save all"),
                o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingShardIsRefusedNamingItsGroupsAndNothingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("merged");
        CommandLineRunner.Outcome o = merge(out, List.of(shards.get(0), shards.get(2)));
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(
                o.err().contains("1 of 4 groups are missing from every folder (shard 1/3 is not among the folders)"),
                o.err());
        assertTrue(o.err().contains("0001-"), "the missing group is named: " + o.err());
        assertTrue(o.err().contains("sliding-window?window=8&batch=16&remainder=keep | seed 2), shard 1/3"), o.err());
        assertFalse(Files.exists(out), "nothing is written, not even the folder");
    }

    @Test
    void aGroupCommittedInTwoFoldersIsRefusedNamingBoth(@TempDir Path dir) {
        Path out = dir.resolve("merged");
        CommandLineRunner.Outcome o = merge(out, List.of(shards.get(0), shards.get(1), shards.get(2), single));
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().contains("is committed in more than one folder: " + shards.get(0) + ", " + single), o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void shardsOfAnotherConfigurationAreRefused(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("other");
        Path otherYaml = RunCommandTest.write(
                dir,
                "other.yaml",
                RunCommandTest.TINY.replace("epochs: 2", "epochs: 1").replace("seeds: [1, 2]", "seeds: [1]"));
        assertEquals(
                0,
                RunCommandTest.run(otherYaml, other, "--quiet", "--shard", "1/3")
                        .exitCode());
        Path out = dir.resolve("merged");
        CommandLineRunner.Outcome o = merge(out, List.of(shards.get(0), other, shards.get(2)));
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().contains(other + " ran a different experiment configuration"), o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderThatIsNoResultsFolderIsRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CommandLineRunner.Outcome o = merge(dir.resolve("merged"), List.of(shards.get(0), empty));
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().contains(empty + " has no manifest.json"), o.err());
        CommandLineRunner.Outcome missing = merge(dir.resolve("merged"), List.of(dir.resolve("nowhere")));
        assertEquals(LstmBench.BAD_INPUT, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("nowhere: no such results folder"), missing.err());
    }

    @Test
    void aShardFolderIsNotResumedOrRewrittenAsAnotherShard(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("shard");
        assertEquals(
                0, RunCommandTest.run(yaml, out, "--quiet", "--shard", "2/3").exitCode());
        List<String> before = RunCommandTest.withoutTiming(out);
        CommandLineRunner.Outcome o = RunCommandTest.run(yaml, out, "--quiet", "--shard", "1/3", "--resume");
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().contains(out + " holds shard 2/3 of tiny, not shard 1/3"), o.err());
        CommandLineRunner.Outcome whole = RunCommandTest.run(yaml, out, "--quiet");
        assertEquals(LstmBench.BAD_INPUT, whole.exitCode(), whole.err());
        assertTrue(whole.err().contains("not the whole experiment"), whole.err());
        assertEquals(before, RunCommandTest.withoutTiming(out), "the shard's results are untouched");
        CommandLineRunner.Outcome resumed = RunCommandTest.run(yaml, out, "--quiet", "--shard", "2/3", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("(0 groups run, 1 resumed)"), resumed.out());
    }

    @Test
    void moreShardsThanGroupsLeaveSomeEmptyAndStillMerge(@TempDir Path dir) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path out = dir.resolve("of5-" + i);
            CommandLineRunner.Outcome o =
                    RunCommandTest.run(yaml, out, "--quiet", "--workers", "1", "--shard", i + "/5");
            assertEquals(0, o.exitCode(), o.err());
            folders.add(out);
        }
        assertTrue(ResultsFiles.RUNS.read(folders.get(4)).isEmpty(), "shard 4/5 of four groups has none");
        assertTrue(ManifestFile.read(folders.get(4)).finishedAt().isPresent());
        Path merged = dir.resolve("merged");
        CommandLineRunner.Outcome o = merge(merged, folders);
        assertEquals(0, o.exitCode(), o.err());
        assertEquals(RunCommandTest.withoutTiming(single), RunCommandTest.withoutTiming(merged));
    }

    @Test
    void badShardValuesAreRefused(@TempDir Path dir) {
        for (String bad : List.of("3/3", "1/0", "-1/2", "a/b", "2")) {
            CommandLineRunner.Outcome o = RunCommandTest.run(yaml, dir.resolve("out"), "--quiet", "--shard", bad);
            RunCommandTest.assertRefused(o, dir.resolve("out"), "--shard");
        }
    }
}
