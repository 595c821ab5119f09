package lstmbench.report.results;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a results folder holds, loaded: the input of the findings, the charts and the page.
 *
 * <p>The content of one results folder. Optional files that are absent load as empty lists.
 *
 * @param manifest   manifest.json, when present
 * @param runs       runs.csv
 * @param curves     curves.csv
 * @param memory     memory.csv
 * @param throughput throughput.csv
 * @param forecasts  forecasts.csv
 * @param series     series.csv
 * @param splits     splits.csv (empty for folders written before it)
 */
public record Results(
        Optional<Manifest> manifest,
        List<RunRecord> runs,
        List<CurvePoint> curves,
        List<MemoryPoint> memory,
        List<ThroughputRecord> throughput,
        List<ForecastPoint> forecasts,
        List<SeriesPoint> series,
        List<SplitSummary> splits) {
    public Results {
        Objects.requireNonNull(manifest, "manifest");
        runs = List.copyOf(runs);
        curves = List.copyOf(curves);
        memory = List.copyOf(memory);
        throughput = List.copyOf(throughput);
        forecasts = List.copyOf(forecasts);
        series = List.copyOf(series);
        splits = List.copyOf(splits);
    }

    /** Datasets in the order they first appear in runs.csv. */
    public List<String> datasets() {
        return List.copyOf(
                new LinkedHashSet<>(runs.stream().map(RunRecord::dataset).toList()));
    }

    /** Strategies in the order they first appear in runs.csv. */
    public List<String> strategies() {
        return List.copyOf(
                new LinkedHashSet<>(runs.stream().map(RunRecord::strategy).toList()));
    }

    public List<RunRecord> runsOf(String dataset) {
        return runs.stream().filter(run -> run.dataset().equals(dataset)).toList();
    }

    /** The runs of one dataset and strategy chosen for testing (one per seed), in file order. */
    public List<RunRecord> chosenRuns(String dataset, String strategy) {
        return runs.stream()
                .filter(run -> run.dataset().equals(dataset) && run.strategy().equals(strategy) && run.chosenForTest())
                .toList();
    }

    /** One run's curve, ordered by epoch. */
    public List<CurvePoint> curveOf(RunId runId) {
        return curves.stream()
                .filter(point -> point.runId().equals(runId))
                .sorted((a, b) -> Integer.compare(a.epoch(), b.epoch()))
                .toList();
    }

    /** Runs listed in the manifest that have no row in runs.csv (pending or lost). */
    public List<RunEntry> missingRuns() {
        LinkedHashSet<RunId> present =
                new LinkedHashSet<>(runs.stream().map(RunRecord::runId).toList());
        return manifest.map(m -> m.runs().stream()
                        .filter(entry -> !present.contains(entry.runId()))
                        .toList())
                .orElse(List.of());
    }
}
