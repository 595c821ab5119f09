package lstmbench.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.Split;

/**
 * One strategy's next-step forecasts on a dataset's test split (one run, one evaluation mode).
 *
 * <p>Forecasts of one run.
 *
 * @param strategy strategy name
 * @param seed     the seed of the run shown
 * @param points   test-split forecasts ordered by index
 */
public record StrategyForecast(String strategy, long seed, List<ForecastPoint> points) {
    public StrategyForecast {
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).index() < points.get(i - 1).index()) {
                throw new IllegalArgumentException("forecasts of " + strategy + " (seed " + seed
                        + ") must be ordered by index, but index "
                        + points.get(i).index() + " follows "
                        + points.get(i - 1).index());
            }
        }
    }

    /**
     * Per strategy, the test forecasts in {@code mode} of its chosen run with the lowest seed that
     * has forecasts; strategies without forecasts are left out. One pass over forecasts.csv collects
     * the points of the dataset's chosen runs; each run's points are then put in index order (a
     * linear pass when they are already, as forecasts.csv is written).
     */
    public static List<StrategyForecast> of(Results results, String dataset, EvaluationMode mode) {
        Map<String, List<RunRecord>> chosen = new HashMap<>();
        Map<RunId, List<ForecastPoint>> byRun = new HashMap<>();
        for (String strategy : results.strategies()) {
            List<RunRecord> runs = results.chosenRuns(dataset, strategy).stream()
                    .sorted(Comparator.comparingLong(RunRecord::seed))
                    .toList();
            chosen.put(strategy, runs);
            runs.forEach(run -> byRun.put(run.runId(), new ArrayList<>()));
        }
        for (ForecastPoint point : results.forecasts()) {
            List<ForecastPoint> points = byRun.get(point.runId());
            if (points != null && point.mode() == mode && point.split() == Split.TEST) {
                points.add(point);
            }
        }
        List<StrategyForecast> all = new ArrayList<>();
        for (String strategy : results.strategies()) {
            chosen.get(strategy).stream()
                    .filter(run -> !byRun.get(run.runId()).isEmpty())
                    .findFirst()
                    .ifPresent(run -> {
                        List<ForecastPoint> points = byRun.get(run.runId());
                        points.sort(Comparator.comparingInt(ForecastPoint::index));
                        all.add(new StrategyForecast(strategy, run.seed(), points));
                    });
        }
        return all;
    }
}
