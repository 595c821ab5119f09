package lstmbench.harness.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lstmbench.harness.cli.BadInputException;
import lstmbench.harness.config.ExperimentConfig;
import lstmbench.harness.config.ExperimentConfig.SavedForecasts;
import lstmbench.harness.config.ExperimentLoader;
import lstmbench.harness.run.ExperimentRunner.PlannedGroup;
import lstmbench.report.ReportRenderer;
import lstmbench.report.io.CommittedGroup;
import lstmbench.report.io.ForecastArchive;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.results.DatasetFingerprint;
import lstmbench.report.results.Machine;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.RunEntry;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.Shard;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;

/**
 * Merges the folders of an experiment's shards ({@code lstmbench run --shard}) into one results
 * folder, the one a single process would have written:
 *
 * <pre>
 * 1. every shard folder is locked (none may still be written) and its manifest read; all must hold
 *    the same experiment configuration, the same project version (this program's, since it
 *    rebuilds the plan) and the same dataset fingerprints, else the merge is refused naming the
 *    folder that differs;
 * 2. the plan is rebuilt from the configuration (its datasets loaded, their fingerprints compared
 *    with the shards'), which gives every group's key (position and run-id digest);
 * 3. every planned group must be committed (groups/KEY/) in exactly one shard folder, holding exactly
 *    its planned runs and a forecasts.csv.gz exactly when a single process would have written one
 *    (saveForecasts: all and a run chosen for test), read to its end and holding every test
 *    forecast of the group's chosen runs; a folder under groups/ that is not a planned group is
 *    refused too. All problems are named in one refusal (exit code 2) and nothing is written;
 * 4. the output folder is checked like run's (OutputFolder) and written through the same store as a
 *    run (ResultsStore: manifest, series and splits, each group committed, top-level files
 *    assembled), so its files are assembled identically; then the report is rendered. series.csv
 *    and splits.csv are computed again from the plan's datasets (whose fingerprints step 2 compared
 *    with the shards'), like a run computes them, not copied from a shard.
 * </pre>
 *
 * <p>The merged manifest is the experiment's with the first shard's environment, project version and
 * git commit, the earliest shard's start, this merge's command and finishing time, no shard, and in
 * {@code machines} every shard's process (shard, environment, command, start and finish).
 */
public final class ShardMerge {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a merge wrote. */
    public record Summary(String experiment, int shards, int groups, int runs, Path report) {}

    /** A shard folder with its manifest. */
    private record ShardFolder(Path dir, Manifest manifest) {}

    private ShardMerge() {}

    /** Merges {@code shardDirs} into {@code out} (see the class comment); {@code command} goes into the manifest. */
    public static Summary merge(Path out, List<Path> shardDirs, String command, boolean force) throws IOException {
        List<Path> dirs = distinctFolders(out, shardDirs);
        List<FolderLock> locks = new ArrayList<>();
        try {
            for (Path dir : dirs) {
                locks.add(FolderLock.acquire(dir));
            }
            return mergeLocked(out, dirs, command, force);
        } finally {
            for (FolderLock lock : locks) {
                lock.close();
            }
        }
    }

    private static List<Path> distinctFolders(Path out, List<Path> shardDirs) {
        List<Path> dirs = new ArrayList<>();
        Path target = out.toAbsolutePath().normalize();
        for (Path dir : shardDirs) {
            Path absolute = dir.toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new BadInputException(dir + ": no such results folder");
            }
            if (absolute.equals(target)) {
                throw new BadInputException(
                        dir + " is both a shard and the output folder; choose another output" + " folder");
            }
            if (dirs.stream().anyMatch(d -> d.toAbsolutePath().normalize().equals(absolute))) {
                throw new BadInputException(dir + " is given more than once");
            }
            dirs.add(dir);
        }
        return dirs;
    }

    private static Summary mergeLocked(Path out, List<Path> dirs, String command, boolean force) throws IOException {
        List<ShardFolder> shards = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.exists(ManifestFile.path(dir))) {
                throw new BadInputException(dir + " has no " + ManifestFile.FILE_NAME + ": not a folder lstmbench run"
                        + " wrote (or its run was killed before it started)");
            }
            shards.add(new ShardFolder(dir, ManifestFile.read(dir)));
        }
        ShardFolder first = shards.get(0);
        for (ShardFolder s : shards.subList(1, shards.size())) {
            requireSame(first, s);
        }
        String version = EnvironmentProbe.projectVersion();
        if (!first.manifest().projectVersion().equals(version)) {
            throw new BadInputException(
                    "the shards were written by lstmbench " + first.manifest().projectVersion() + " and this is "
                            + version + ": merge with the version that ran them");
        }

        Manifest m = first.manifest();
        ExperimentConfig config = ExperimentLoader.parse(
                JSON.writeValueAsString(m.configuration()), "the configuration in " + ManifestFile.path(first.dir()));
        ExperimentPlan plan = ExperimentPlan.prepare(config);
        List<DatasetFingerprint> datasets = DatasetFingerprints.of(plan);
        if (!m.datasets().isEmpty() && !m.datasets().equals(datasets)) {
            throw new BadInputException("the datasets changed since the shards ran (" + changed(m.datasets(), datasets)
                    + "); restore the data the shards were run on");
        }
        List<PlannedGroup> planned = ExperimentRunner.plannedGroups(plan, new GroupExecutor(config));
        List<FoundGroup> groups = collect(shards, planned, config, out);

        try (FolderLock lock = FolderLock.acquire(out)) {
            OutputFolder.prepare(out, m.configuration(), config.name(), datasets, Optional.empty(), false, force);
            List<RunEntry> entries = planned.stream()
                    .flatMap(g -> g.runIds().stream())
                    .map(id -> new RunEntry(id, RunStatus.PENDING))
                    .toList();
            Instant startedAt = shards.stream()
                    .map(s -> s.manifest().startedAt())
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            Manifest merged = new Manifest(
                    config.name(),
                    m.configuration(),
                    m.environment(),
                    m.projectVersion(),
                    m.gitCommit(),
                    startedAt,
                    Optional.empty(),
                    entries,
                    command,
                    datasets,
                    Optional.empty(),
                    machines(shards));
            ResultsStore store = new ResultsStore(
                    out, merged, ExperimentRunner.seriesPoints(plan), ExperimentRunner.splitSummaries(plan), List.of());
            store.start();
            groups.forEach(g -> store.add(g.group(), g.folder()));
            store.finish();
            Path page = ReportRenderer.render(out);
            return new Summary(
                    config.name(), shards.size(), groups.size(), store.runs().size(), page);
        }
    }

    private static void requireSame(ShardFolder first, ShardFolder other) {
        Manifest a = first.manifest(), b = other.manifest();
        if (!a.configuration().equals(b.configuration())) {
            throw new BadInputException(other.dir() + " ran a different experiment configuration ('" + b.experiment()
                    + "') than " + first.dir() + " ('" + a.experiment() + "'): only shards of one experiment merge");
        }
        if (!a.projectVersion().equals(b.projectVersion())) {
            throw new BadInputException(other.dir() + " was written by lstmbench " + b.projectVersion() + " and "
                    + first.dir() + " by " + a.projectVersion() + ": only shards of one version merge");
        }
        if (!a.datasets().equals(b.datasets())) {
            throw new BadInputException(other.dir() + " ran on other data than " + first.dir() + " ("
                    + changed(a.datasets(), b.datasets()) + "): only shards run on the same data merge");
        }
    }

    /** The datasets whose fingerprints differ between two lists, named. */
    private static String changed(List<DatasetFingerprint> a, List<DatasetFingerprint> b) {
        List<String> names = new ArrayList<>();
        for (DatasetFingerprint f : a) {
            if (!b.contains(f)) {
                names.add("dataset " + f.dataset() + " has values SHA-256 " + f.valuesSha256() + " in one and "
                        + b.stream()
                                .filter(g -> g.dataset().equals(f.dataset()))
                                .map(DatasetFingerprint::valuesSha256)
                                .findFirst()
                                .orElse("is missing")
                        + " in the other");
            }
        }
        return names.isEmpty() ? "a dataset is missing from one list" : String.join("; ", names);
    }

    /** A committed group and the group folder (groups/KEY/ of a shard) it was read from. */
    private record FoundGroup(CommittedGroup group, Path folder) {}

    /**
     * Every planned group's rows, in plan order, each from the one shard folder that committed it;
     * refuses naming every missing, duplicated, unplanned or wrong group.
     */
    private static List<FoundGroup> collect(
            List<ShardFolder> shards, List<PlannedGroup> planned, ExperimentConfig config, Path out)
            throws IOException {
        String experiment = config.name();
        Map<String, PlannedGroup> byKey = new LinkedHashMap<>();
        planned.forEach(g -> byKey.put(g.key(), g));
        Map<String, List<Path>> found = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ShardFolder s : shards) {
            for (String key : GroupFolders.keys(s.dir())) {
                if (byKey.containsKey(key)) {
                    found.computeIfAbsent(key, k -> new ArrayList<>()).add(s.dir());
                } else {
                    problems.add(GroupFolders.folder(s.dir()).resolve(key) + " is not a group of " + experiment
                            + " (another configuration or version wrote it)");
                }
            }
        }
        int count = shardCount(shards);
        List<String> missing = new ArrayList<>();
        for (PlannedGroup g : planned) {
            List<Path> where = found.getOrDefault(g.key(), List.of());
            if (where.isEmpty()) {
                missing.add(describe(g) + (count > 0 ? ", shard " + Shard.owning(g.dealRank(), count) : ""));
            } else if (where.size() > 1) {
                problems.add("group " + describe(g) + " is committed in more than one folder: "
                        + where.stream().map(Path::toString).collect(Collectors.joining(", ")));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(
                    0,
                    missing.size() + " of " + planned.size() + " groups are missing from every folder"
                            + missingShards(shards, count) + ":\n  " + String.join("\n  ", missing));
        }
        List<FoundGroup> groups = new ArrayList<>();
        if (problems.isEmpty()) {
            for (PlannedGroup g : planned) {
                Path dir = found.get(g.key()).get(0);
                CommittedGroup group = GroupFolders.read(dir, g.key());
                List<RunId> ids =
                        group.runs().stream().map(RunRecord::runId).sorted().toList();
                Path folder = GroupFolders.folder(dir).resolve(g.key());
                if (!ids.equals(g.runIds().stream().sorted().toList())) {
                    problems.add(folder + " holds runs " + ids + ", not the planned " + g.runIds());
                } else {
                    archiveProblem(g, group, folder, config.evaluation().saveForecasts())
                            .ifPresent(problems::add);
                }
                groups.add(new FoundGroup(group, folder));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(
                    "cannot merge into " + out + ", nothing was written:\n" + String.join("\n", problems));
        }
        return groups;
    }

    /**
     * What is wrong with a group's forecasts.csv.gz, if anything: a single process writes it, with
     * every test forecast of the group's runs chosen for test (ForecastArchive.writeNew), exactly
     * when the configuration saves all forecasts and the group has such a run; it is read to its end
     * (ForecastArchive.verify) so that a truncated or foreign file is refused before anything is
     * written.
     */
    private static Optional<String> archiveProblem(
            PlannedGroup g, CommittedGroup group, Path folder, SavedForecasts saved) {
        ForecastData data = g.group().dataset().data();
        List<ForecastArchive.ArchivedRun> chosen = group.runs().stream()
                .filter(RunRecord::chosenForTest)
                .map(r -> new ForecastArchive.ArchivedRun(r.runId(), data.partFrom(Part.TEST), data.partTo(Part.TEST)))
                .toList();
        Path file = folder.resolve(ForecastArchive.FILE_NAME);
        boolean expected = saved == SavedForecasts.ALL && !chosen.isEmpty();
        if (!Files.exists(file)) {
            return expected
                    ? Optional.of(file + " is missing: the configuration saves all forecasts (saveForecasts: all)"
                            + " and group " + describe(g) + " has a run chosen for test")
                    : Optional.empty();
        }
        if (!expected) {
            return Optional.of(file + " is not expected: "
                    + (saved == SavedForecasts.ALL
                            ? "group " + describe(g) + " has no run chosen for test"
                            : "the configuration does not save all forecasts (saveForecasts: stretch)"));
        }
        try {
            ForecastArchive.verify(file, chosen);
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.of("group " + describe(g) + ": " + unreadable.getMessage());
        }
    }

    private static String describe(PlannedGroup g) {
        return g.key() + " (" + g.group().describe() + ")";
    }

    /** The shard count all folders share, or 0 when they do not all name the same one. */
    private static int shardCount(List<ShardFolder> shards) {
        List<Integer> counts = shards.stream()
                .map(s -> s.manifest().shard().map(Shard::count).orElse(0))
                .distinct()
                .toList();
        return counts.size() == 1 ? counts.get(0) : 0;
    }

    /** " (shards i/n, ... are not among the folders)" when the folders are shards of one count. */
    private static String missingShards(List<ShardFolder> shards, int count) {
        if (count == 0) {
            return "";
        }
        TreeSet<Integer> absent = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            absent.add(i);
        }
        shards.forEach(s -> s.manifest().shard().ifPresent(sh -> absent.remove(sh.index())));
        if (absent.isEmpty()) {
            return " (every shard's folder is given: an unfinished shard? resume it with lstmbench run --shard I/N"
                    + " --resume)";
        }
        return " (" + (absent.size() == 1 ? "shard " : "shards ")
                + absent.stream().map(i -> i + "/" + count).collect(Collectors.joining(", "))
                + (absent.size() == 1 ? " is" : " are") + " not among the folders)";
    }

    /** Each shard's process, in shard order; a merged folder given as input contributes its own list. */
    private static List<Machine> machines(List<ShardFolder> shards) {
        List<Machine> machines = new ArrayList<>();
        for (ShardFolder s : shards) {
            Manifest m = s.manifest();
            if (m.machines().isEmpty()) {
                machines.add(new Machine(
                        m.shard().orElse(new Shard(0, 1)),
                        m.environment(),
                        m.command(),
                        m.startedAt(),
                        m.finishedAt()));
            } else {
                machines.addAll(m.machines());
            }
        }
        machines.sort(Comparator.comparingInt((Machine x) -> x.shard().count())
                .thenComparingInt(x -> x.shard().index()));
        return machines;
    }
}
