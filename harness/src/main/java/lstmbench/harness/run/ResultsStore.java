package lstmbench.harness.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.Environment;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.RunEntry;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.SeriesPoint;

/**
 * The results folder of one experiment while it runs: collects the records of finished run
 * groups and rewrites every results file after each group (whole files, written to a temporary
 * name and renamed by the report module), so an interrupted experiment leaves only whole files
 * and --resume can pick up after the last finished group. Rows are kept sorted by run id (and
 * epoch or index), so the files do not depend on which worker finished first.
 */
public final class ResultsStore {
    private final Path dir;
    private final String experiment;
    private final JsonNode configuration;
    private final Environment environment;
    private final String command;
    private final Instant startedAt;
    /** Read once when the experiment starts: the commit the running code came from, not a later HEAD. */
    private final String gitCommit;
    private final Map<RunId, RunStatus> planned = new LinkedHashMap<>();
    private final List<RunRecord> runs = new ArrayList<>();
    private final List<CurvePoint> curves = new ArrayList<>();
    private final List<ForecastPoint> forecasts = new ArrayList<>();
    private final List<MemoryPoint> memory = new ArrayList<>();
    private final List<SeriesPoint> series;

    /**
     * Opens the store; {@code previous} holds the complete groups of an earlier, interrupted run of
     * the same experiment (empty unless resuming).
     */
    public ResultsStore(Path dir, String experiment, JsonNode configuration, Environment environment, String command,
                        List<RunId> plannedRuns, List<SeriesPoint> series, GroupOutcome previous) {
        this.dir = dir;
        this.experiment = experiment;
        this.configuration = configuration;
        this.environment = environment;
        this.command = command;
        this.startedAt = Instant.now();
        this.gitCommit = EnvironmentProbe.gitCommit();
        this.series = List.copyOf(series);
        plannedRuns.forEach(id -> planned.put(id, RunStatus.PENDING));
        absorb(previous);
    }

    /** Adds a finished group's records and rewrites the files. */
    public synchronized void add(GroupOutcome outcome) {
        absorb(outcome);
        write(Optional.empty());
    }

    /** Writes everything once more with the finishing time in the manifest. */
    public synchronized void finish() {
        write(Optional.of(Instant.now()));
    }

    /** Writes the files as they stand (the manifest with every run still PENDING at the start). */
    public synchronized void writeInitial() {
        write(Optional.empty());
    }

    public synchronized List<RunRecord> runs() {
        return List.copyOf(runs);
    }

    private void absorb(GroupOutcome o) {
        runs.addAll(o.runs());
        curves.addAll(o.curves());
        forecasts.addAll(o.forecasts());
        memory.addAll(o.memory());
        o.runs().forEach(r -> planned.put(r.runId(), r.status()));
    }

    private void write(Optional<Instant> finishedAt) {
        try {
            Files.createDirectories(dir);
            ResultsFiles.SERIES.write(dir, series);
            ResultsFiles.RUNS.write(dir, sorted(runs, Comparator.comparing(RunRecord::runId)));
            ResultsFiles.CURVES.write(dir, sorted(curves,
                    Comparator.comparing(CurvePoint::runId).thenComparingInt(CurvePoint::epoch)));
            ResultsFiles.FORECASTS.write(dir, sorted(forecasts, Comparator.comparing(ForecastPoint::runId)
                    .thenComparing(ForecastPoint::mode).thenComparingInt(ForecastPoint::index)));
            if (!memory.isEmpty()) {
                ResultsFiles.MEMORY.write(dir, sorted(memory, Comparator.comparing(MemoryPoint::runId)
                        .thenComparing(MemoryPoint::probe).thenComparingDouble(MemoryPoint::x)));
            }
            List<RunEntry> entries = planned.entrySet().stream().map(e -> new RunEntry(e.getKey(), e.getValue())).toList();
            ManifestFile.write(dir, new Manifest(experiment, configuration, environment,
                    EnvironmentProbe.projectVersion(), gitCommit, startedAt, finishedAt, entries,
                    command));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        List<T> copy = new ArrayList<>(rows);
        copy.sort(order);
        return copy;
    }
}
