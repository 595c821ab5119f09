package lstmbench.report.results;

import java.util.Objects;

/**
 * One row of forecasts.csv: a run's next-step forecast at one point of the series.
 *
 * <p>A next-step forecast, on the original scale.
 *
 * @param runId     the run (only runs chosen for testing need forecasts)
 * @param split     the split the point belongs to
 * @param index     0-based position in the whole series (the same index as series.csv)
 * @param actual    the observed value at {@code index}
 * @param predicted the model's forecast of that value
 * @param mode      how the model was run
 */
public record ForecastPoint(RunId runId, Split split, int index, double actual, double predicted, EvaluationMode mode) {
    public ForecastPoint {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(mode, "mode");
    }
}
