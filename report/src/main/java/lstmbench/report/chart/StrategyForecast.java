package lstmbench.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.Results;
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
    }

    /**
     * Per strategy, the test forecasts in {@code mode} of its chosen run with the lowest seed that
     * has forecasts; strategies without forecasts are left out.
     */
    public static List<StrategyForecast> of(Results results, String dataset, EvaluationMode mode) {
        List<StrategyForecast> all = new ArrayList<>();
        for (String strategy : results.strategies()) {
            results.chosenRuns(dataset, strategy).stream()
                    .sorted(Comparator.comparingLong(RunRecord::seed))
                    .map(run -> new StrategyForecast(
                            strategy,
                            run.seed(),
                            results.forecasts().stream()
                                    .filter(p -> p.runId().equals(run.runId())
                                            && p.mode() == mode
                                            && p.split() == Split.TEST)
                                    .sorted(Comparator.comparingInt(ForecastPoint::index))
                                    .toList()))
                    .filter(forecast -> !forecast.points().isEmpty())
                    .findFirst()
                    .ifPresent(all::add);
        }
        return all;
    }
}
