package lstmbench.report.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.RunEntry;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;

/**
 * The per-group commit of a results folder: groups/KEY/ holds one run group's rows of every file.
 *
 * <p>A finished run group is written as {@code groups/KEY/} with its own runs.csv, curves.csv,
 * forecasts.csv and memory.csv (the same schemas as the top-level files). The files go into
 * {@code groups/.tmp-KEY-PID/}, are fsynced, the folder is fsynced and renamed to
 * {@code groups/KEY/}, and {@code groups/} is fsynced: the rename is the commit, so a group folder
 * either holds all of its rows or does not exist. Writing a group costs in proportion to its own
 * rows. The top-level files are assembled from the committed groups ({@link #assemble}), sorted as
 * they always were, so their bytes do not depend on the order in which groups finished.
 *
 * <p>For fault-injection tests only, the system property {@value #PAUSE_PROPERTY} (milliseconds,
 * default 0) makes a commit sleep after each part file, so that a test can kill the process while
 * a group is half written.
 */
public final class GroupFolders {
    /** The folder of committed groups inside a results folder. */
    public static final String FOLDER = "groups";

    private static final String TEMPORARY_PREFIX = ".tmp-";
    /** See the class comment. */
    public static final String PAUSE_PROPERTY = "lstmbench.test.commitPauseMillis";

    private GroupFolders() {}

    public static Path folder(Path resultsDir) {
        return resultsDir.resolve(FOLDER);
    }

    /**
     * A file a group commits beside its CSV files (forecasts.csv.gz), written into the group's
     * temporary folder before the rename.
     */
    @FunctionalInterface
    public interface GroupFile {
        /** No extra file. */
        GroupFile NONE = folder -> {};

        void writeInto(Path temporaryGroupFolder) throws IOException;
    }

    /** Commits a group's rows (see the class comment); a group of that key must not be committed yet. */
    public static void commit(Path resultsDir, CommittedGroup group) throws IOException {
        commit(resultsDir, group, GroupFile.NONE);
    }

    /** Commits a group's rows and {@code extra}'s file, all or nothing (see the class comment). */
    public static void commit(Path resultsDir, CommittedGroup group, GroupFile extra) throws IOException {
        Path groups = folder(resultsDir);
        Files.createDirectories(groups);
        Path target = groups.resolve(group.key());
        if (Files.exists(target)) {
            throw new IOException("cannot commit group " + group.key() + ": " + target + " exists already");
        }
        Path temporary = groups.resolve(
                TEMPORARY_PREFIX + group.key() + "-" + ProcessHandle.current().pid());
        deleteTree(temporary);
        try {
            Files.createDirectory(temporary);
            ResultsFiles.RUNS.writeNew(temporary, group.runs());
            pause();
            ResultsFiles.CURVES.writeNew(temporary, group.curves());
            pause();
            ResultsFiles.FORECASTS.writeNew(temporary, group.forecasts());
            pause();
            ResultsFiles.MEMORY.writeNew(temporary, group.memory());
            extra.writeInto(temporary);
            AtomicFiles.forceFolder(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target);
            }
            AtomicFiles.forceFolder(groups);
        } finally {
            deleteTree(temporary);
        }
    }

    /** Removes the temporary folders writers left behind when they were killed; returns how many. */
    public static int removeTemporaries(Path resultsDir) throws IOException {
        int removed = 0;
        for (Path p : children(resultsDir)) {
            if (p.getFileName().toString().startsWith(TEMPORARY_PREFIX)) {
                deleteTree(p);
                removed++;
            }
        }
        return removed;
    }

    /** The keys of the committed groups, sorted. */
    public static List<String> keys(Path resultsDir) throws IOException {
        return children(resultsDir).stream()
                .map(p -> p.getFileName().toString())
                .filter(name -> !name.startsWith("."))
                .sorted()
                .toList();
    }

    /** The rows of one committed group; an unreadable file is an error naming it. */
    public static CommittedGroup read(Path resultsDir, String key) throws IOException {
        Path dir = folder(resultsDir).resolve(key);
        return new CommittedGroup(
                key,
                ResultsFiles.RUNS.read(dir),
                ResultsFiles.CURVES.read(dir),
                ResultsFiles.FORECASTS.read(dir),
                ResultsFiles.MEMORY.read(dir));
    }

    /** Every committed group, in key order. */
    public static List<CommittedGroup> readAll(Path resultsDir) throws IOException {
        List<CommittedGroup> groups = new ArrayList<>();
        for (String key : keys(resultsDir)) {
            groups.add(read(resultsDir, key));
        }
        return groups;
    }

    /** Removes a committed group (one that no longer belongs to the experiment or does not read). */
    public static void remove(Path resultsDir, String key) throws IOException {
        deleteTree(folder(resultsDir).resolve(key));
    }

    /**
     * Writes the top-level runs.csv, curves.csv, forecasts.csv and memory.csv (memory only when it
     * has rows) and forecasts.csv.gz (only when groups kept every forecast) from the committed groups, then manifest.json with every run's status taken from
     * runs.csv's rows (PENDING for runs no group committed) and {@code finishedAt} only when every
     * planned run is committed: a manifest never calls an incomplete experiment finished.
     */
    public static Manifest assemble(
            Path resultsDir, Manifest manifest, List<CommittedGroup> groups, Optional<Instant> finishedAt)
            throws IOException {
        List<RunRecord> runs = new ArrayList<>();
        List<CurvePoint> curves = new ArrayList<>();
        List<ForecastPoint> forecasts = new ArrayList<>();
        List<MemoryPoint> memory = new ArrayList<>();
        for (CommittedGroup g : groups) {
            runs.addAll(g.runs());
            curves.addAll(g.curves());
            forecasts.addAll(g.forecasts());
            memory.addAll(g.memory());
        }
        runs.sort(Comparator.comparing(RunRecord::runId));
        curves.sort(Comparator.comparing(CurvePoint::runId).thenComparingInt(CurvePoint::epoch));
        forecasts.sort(Comparator.comparing(ForecastPoint::runId)
                .thenComparing(ForecastPoint::mode)
                .thenComparingInt(ForecastPoint::index));
        memory.sort(Comparator.comparing(MemoryPoint::runId)
                .thenComparing(MemoryPoint::probe)
                .thenComparingDouble(MemoryPoint::x));
        ResultsFiles.RUNS.write(resultsDir, runs);
        ResultsFiles.CURVES.write(resultsDir, curves);
        ResultsFiles.FORECASTS.write(resultsDir, forecasts);
        ForecastArchive.assemble(
                resultsDir, groups.stream().map(CommittedGroup::key).toList());
        if (memory.isEmpty()) {
            Files.deleteIfExists(ResultsFiles.MEMORY.path(resultsDir));
        } else {
            ResultsFiles.MEMORY.write(resultsDir, memory);
        }
        Manifest updated = withStatuses(manifest, runs, finishedAt);
        ManifestFile.write(resultsDir, updated);
        return updated;
    }

    /** The manifest with statuses from these runs; finished only when no planned run is left PENDING. */
    public static Manifest withStatuses(Manifest manifest, List<RunRecord> runs, Optional<Instant> finishedAt) {
        Map<RunId, RunStatus> status = new HashMap<>();
        runs.forEach(r -> status.put(r.runId(), r.status()));
        List<RunEntry> entries = manifest.runs().stream()
                .map(e -> new RunEntry(e.runId(), status.getOrDefault(e.runId(), RunStatus.PENDING)))
                .toList();
        boolean complete = entries.stream().noneMatch(e -> e.status() == RunStatus.PENDING);
        return manifest.withRuns(entries, complete ? finishedAt : Optional.empty());
    }

    /**
     * Re-assembles the top-level files of a folder whose experiment did not finish (an interruption
     * leaves only committed groups), so that a report shows every committed group and no other.
     * Does nothing for a folder without groups or manifest, or whose manifest says it finished.
     */
    public static void assembleIfUnfinished(Path resultsDir) throws IOException {
        if (!Files.isDirectory(folder(resultsDir))) {
            return;
        }
        Optional<Manifest> manifest = ManifestFile.readIfPresent(resultsDir);
        if (manifest.isEmpty()
                || (manifest.get().finishedAt().isPresent() && Files.exists(ResultsFiles.RUNS.path(resultsDir)))) {
            return;
        }
        assemble(resultsDir, manifest.get(), readAll(resultsDir), manifest.get().finishedAt());
    }

    private static void pause() throws IOException {
        long millis = Long.getLong(PAUSE_PROPERTY, 0);
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while committing a group");
            }
        }
    }

    private static List<Path> children(Path resultsDir) throws IOException {
        Path groups = folder(resultsDir);
        if (!Files.isDirectory(groups)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(groups)) {
            return list.filter(Files::isDirectory).toList();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
