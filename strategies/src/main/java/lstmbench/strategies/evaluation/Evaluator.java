package lstmbench.strategies.evaluation;

import lstmbench.kernel.ModelParams;

/**
 * The evaluation protocol, identical for every strategy: next-step forecasts of every point of a
 * held-out part, run streaming and windowed, scored with ForecastErrors, beside the persistence
 * forecast. Validation and test are evaluated separately so that a caller choosing a learning rate
 * on validation never computes test metrics for the settings it discards.
 */
public final class Evaluator {
    private Evaluator() {}

    /**
     * Errors of the streaming and windowed forecasts of every point of the part, beside persistence;
     * filled-in targets (ForecastData.filled) are left out of all three and counted.
     */
    public static PartErrors evaluate(ModelParams p, ForecastData data, Part part, int window) {
        return score(forecasts(p, data, part, window), data);
    }

    /** The errors of forecasts already computed by {@link #forecasts} (see {@link #evaluate}). */
    public static PartErrors score(PartForecasts f, ForecastData data) {
        double[] stream = new double[f.length()], win = new double[f.length()], persist = new double[f.length()];
        for (int i = 0; i < f.length(); i++) {
            stream[i] = f.streamingAt(i);
            win[i] = f.windowedAt(i);
            persist[i] = data.scaled(f.from() + i - 1);
        }
        return new PartErrors(
                f.part(),
                f.window(),
                ForecastErrors.of(data, f.from(), stream),
                ForecastErrors.of(data, f.from(), win),
                ForecastErrors.of(data, f.from(), persist),
                data.filledTargets(f.part()));
    }

    /** The next-step forecasts (scaled) of every point of the part, streaming and windowed. */
    public static PartForecasts forecasts(ModelParams p, ForecastData data, Part part, int window) {
        int from = data.partFrom(part), to = data.partTo(part);
        float[] series = data.scaledPrefix(to);
        float[] streaming = new StreamingForecast(p.dims()).predict(p, series, to - 1);
        float[] windowed = new WindowedForecast(p.dims(), window).predict(p, series, from, to);
        float[] stream = new float[to - from];
        System.arraycopy(streaming, from - 1, stream, 0, to - from);
        return new PartForecasts(part, window, from, stream, windowed);
    }
}
