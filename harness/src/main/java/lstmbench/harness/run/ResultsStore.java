package lstmbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lstmbench.report.io.CommittedGroup;
import lstmbench.report.io.ForecastArchive;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.DatasetFingerprint;
import lstmbench.report.results.Environment;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.RunEntry;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Shard;
import lstmbench.report.results.SplitSummary;

/**
 * The results folder of one experiment while it runs. Crash safety rests on one order of writes:
 *
 * <pre>
 * 1. manifest.json (configuration, environment, dataset fingerprints, every planned run, PENDING
 *    unless a committed group already holds it), atomically, before any group;
 * 2. series.csv, then splits.csv (each split's statistics over every point), once per experiment;
 * 3. each finished group's rows as groups/KEY/ (GroupFolders.commit: part files fsynced in a
 *    temporary folder, renamed into place; the rename is the commit), costing only its own rows;
 * 4. at the end, the top-level runs.csv, curves.csv, forecasts.csv and memory.csv assembled from
 *    the committed groups, sorted by run id (and epoch or index) so that they do not depend on
 *    which worker finished first, and manifest.json with the statuses and finishing time.
 * </pre>
 *
 * <p>A group is finished only when its folder is committed; --resume keeps committed groups and
 * runs every other one again.
 */
public final class ResultsStore {
    private final Path dir;
    private final Manifest planned;
    private final List<SeriesPoint> series;
    private final List<SplitSummary> splits;
    private final List<RunRecord> runs = new ArrayList<>();

    /**
     * Opens the store for the manifest {@code planned} (every run PENDING, no finishing time) with
     * the rows of series.csv and splits.csv; {@code committed} holds the groups an earlier,
     * interrupted run of the same experiment committed (empty unless resuming).
     */
    public ResultsStore(
            Path dir,
            Manifest planned,
            List<SeriesPoint> series,
            List<SplitSummary> splits,
            List<CommittedGroup> committed) {
        this.dir = dir;
        this.planned = planned;
        this.series = List.copyOf(series);
        this.splits = List.copyOf(splits);
        committed.forEach(g -> runs.addAll(g.runs()));
    }

    /**
     * The manifest of an experiment (or of one shard of it) that starts now in this process: every
     * planned run PENDING, the project version and the git commit the running code came from (read
     * once, when the experiment starts, not a later HEAD).
     */
    public static Manifest plannedManifest(
            String experiment,
            JsonNode configuration,
            Environment environment,
            String command,
            List<RunId> plannedRuns,
            List<DatasetFingerprint> datasets,
            Optional<Shard> shard) {
        List<RunEntry> entries = plannedRuns.stream()
                .map(id -> new RunEntry(id, RunStatus.PENDING))
                .toList();
        return new Manifest(
                experiment,
                configuration,
                environment,
                EnvironmentProbe.projectVersion(),
                EnvironmentProbe.gitCommit(),
                Instant.now(),
                Optional.empty(),
                entries,
                command,
                datasets,
                shard,
                List.of());
    }

    /**
     * Steps 1 and 2: the manifest, then series.csv and splits.csv; removes top-level files an earlier
     * run assembled.
     */
    public void start() {
        try {
            List<RunRecord> done;
            synchronized (this) {
                done = List.copyOf(runs);
            }
            ManifestFile.write(dir, GroupFolders.withStatuses(planned, done, Optional.empty()));
            for (Path stale : List.of(
                    ResultsFiles.RUNS.path(dir),
                    ResultsFiles.CURVES.path(dir),
                    ResultsFiles.FORECASTS.path(dir),
                    ResultsFiles.MEMORY.path(dir),
                    dir.resolve(ForecastArchive.FILE_NAME))) {
                Files.deleteIfExists(stale);
            }
            ResultsFiles.SERIES.write(dir, series);
            ResultsFiles.SPLITS.write(dir, splits);
        } catch (IOException e) {
            throw failure("cannot write the results folder " + dir, e);
        }
    }

    /** Step 3: commits a finished group's rows under {@code key}. */
    public void add(String key, GroupOutcome outcome) {
        try {
            GroupFolders.commit(
                    dir,
                    new CommittedGroup(key, outcome.runs(), outcome.curves(), outcome.forecasts(), outcome.memory()),
                    outcome.allForecasts().isEmpty()
                            ? GroupFolders.GroupFile.NONE
                            : folder -> ForecastArchive.writeNew(folder, outcome.allForecasts()));
        } catch (IOException e) {
            throw failure("cannot commit group " + key + " in " + dir, e);
        }
        synchronized (this) {
            runs.addAll(outcome.runs());
        }
    }

    /**
     * Step 3 for a group another process ran (lstmbench merge): commits its rows unchanged under its
     * key, with the forecasts.csv.gz of {@code fromGroupFolder} if it has one.
     */
    public void add(CommittedGroup group, Path fromGroupFolder) {
        try {
            GroupFolders.commit(dir, group, folder -> ForecastArchive.copy(fromGroupFolder, folder));
        } catch (IOException e) {
            throw failure("cannot commit group " + group.key() + " in " + dir, e);
        }
        synchronized (this) {
            runs.addAll(group.runs());
        }
    }

    /** Step 4: the top-level files from every committed group, and the manifest with its finishing time. */
    public void finish() {
        try {
            GroupFolders.assemble(dir, planned, GroupFolders.readAll(dir), Optional.of(Instant.now()));
        } catch (IOException e) {
            throw failure("cannot write the results files in " + dir, e);
        }
    }

    public synchronized List<RunRecord> runs() {
        return List.copyOf(runs);
    }

    private static UncheckedIOException failure(String doing, IOException e) {
        return new UncheckedIOException(IoMessages.plain(doing, e));
    }
}
