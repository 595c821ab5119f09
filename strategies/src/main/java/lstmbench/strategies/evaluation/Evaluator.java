/*
 * The evaluation protocol, identical for every strategy: next-step forecasts of every point of a
 * held-out part, run streaming and windowed, scored with ForecastErrors, beside the persistence
 * forecast. Validation and test are evaluated separately so that a caller choosing a learning rate
 * on validation never computes test metrics for the settings it discards.
 */
package lstmbench.strategies.evaluation;

import lstmbench.kernel.ModelParams;

public final class Evaluator {
    private Evaluator() {
    }

    public static PartErrors evaluate(ModelParams p, ForecastData data, Part part, int window) {
        int from = data.partFrom(part), to = data.partTo(part);
        float[] series = data.scaledPrefix(to);
        float[] streaming = new StreamingForecast(p.dims()).predict(p, series, to - 1);
        float[] windowed = new WindowedForecast(p.dims(), window).predict(p, series, from, to);
        double[] stream = new double[to - from], win = new double[to - from], persist = new double[to - from];
        for (int t = from; t < to; t++) {
            stream[t - from] = streaming[t - 1];
            win[t - from] = windowed[t - from];
            persist[t - from] = data.scaled(t - 1);
        }
        return new PartErrors(part, window, ForecastErrors.of(data, from, stream), ForecastErrors.of(data, from, win),
                ForecastErrors.of(data, from, persist));
    }

    /** Streaming MSE (scaled) on the validation part: the per-epoch validation loss. */
    public static double streamingValidationMse(ModelParams p, ForecastData data, StreamingForecast forecast) {
        int from = data.validationStart(), to = data.testStart();
        float[] predicted = forecast.predict(p, data.scaledPrefix(to), to - 1);
        double se = 0;
        for (int t = from; t < to; t++) {
            double e = (double) data.scaled(t) - predicted[t - 1];
            se += e * e;
        }
        return se / (to - from);
    }
}
