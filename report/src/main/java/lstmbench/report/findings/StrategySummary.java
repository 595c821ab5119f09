package lstmbench.report.findings;

import java.util.List;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;

/**
 * One strategy on one dataset: its tested runs (one per seed) and the runs that ended badly.
 *
 * <p>A strategy's runs on a dataset.
 *
 * @param strategy strategy name
 * @param tested   runs chosen for testing that have test metrics (one per seed)
 * @param ended    runs of any learning rate that diverged or failed
 */
public record StrategySummary(String strategy, List<RunRecord> tested, List<RunRecord> ended) {
    public StrategySummary {
        tested = List.copyOf(tested);
        ended = List.copyOf(ended);
    }

    /** Per strategy (results order) on {@code dataset}; strategies with no run there are left out. */
    public static List<StrategySummary> of(Results results, String dataset) {
        return results.strategies().stream()
                .map(strategy -> {
                    List<RunRecord> runs = results.runsOf(dataset).stream()
                            .filter(run -> run.strategy().equals(strategy))
                            .toList();
                    return new StrategySummary(
                            strategy,
                            runs.stream()
                                    .filter(run ->
                                            run.chosenForTest() && run.test().isPresent())
                                    .toList(),
                            runs.stream()
                                    .filter(run -> run.status() != RunStatus.OK)
                                    .toList());
                })
                .filter(summary ->
                        !summary.tested().isEmpty() || !summary.ended().isEmpty())
                .toList();
    }

    public SeedSpread spread(RunMetric metric) {
        return SeedSpread.of(tested.stream().mapToDouble(metric::of).toArray());
    }
}
