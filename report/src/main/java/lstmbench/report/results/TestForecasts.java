package lstmbench.report.results;

import java.util.Objects;

/**
 * Every test forecast of one run, on the original scale, as arrays: what {@code --save-forecasts all}
 * writes to forecasts.csv.gz, one row per point and mode, without holding a ForecastPoint per row.
 *
 * @param runId     the run chosen for test
 * @param from      the series index of the first test point; element i belongs to index from + i
 * @param actual    the observed values
 * @param streaming the streaming forecasts
 * @param windowed  the windowed forecasts
 */
public record TestForecasts(RunId runId, int from, double[] actual, double[] streaming, double[] windowed) {
    public TestForecasts {
        Objects.requireNonNull(runId, "runId");
        if (actual.length != streaming.length || actual.length != windowed.length) {
            throw new IllegalArgumentException("actual, streaming and windowed differ in length: " + actual.length
                    + ", " + streaming.length + ", " + windowed.length);
        }
        actual = actual.clone();
        streaming = streaming.clone();
        windowed = windowed.clone();
    }

    public int length() {
        return actual.length;
    }

    /** The row of point {@code from + i} in {@code mode}. */
    public ForecastPoint point(int i, EvaluationMode mode) {
        return new ForecastPoint(
                runId,
                Split.TEST,
                from + i,
                actual[i],
                mode == EvaluationMode.STREAMING ? streaming[i] : windowed[i],
                mode);
    }
}
