package lstmbench.strategies;

import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.split.SplitFractions;
import lstmbench.datasets.synthetic.SeasonalAr;
import lstmbench.strategies.evaluation.ForecastData;

/**
 * Small seeded datasets for the module's tests, split 70/15/15 with the scaler fitted on train.
 */
public final class TestData {
    private TestData() {}

    public static ForecastData seasonal(int length, int lag, long seed) {
        double[] v = new SeasonalAr(lag, 0.9, 1.0).generate(length, seed);
        return ForecastData.of(TimeSeries.of("seasonal-ar", v, "test"), SplitFractions.DEFAULT);
    }

    /** A noisy sine: easy to learn, so short runs make visible progress. */
    public static ForecastData sine(int length, long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        double[] v = new double[length];
        for (int t = 0; t < length; t++) {
            v[t] = 3 + 2 * Math.sin(2 * Math.PI * t / 17.0) + 0.1 * rng.nextGaussian();
        }
        return ForecastData.of(TimeSeries.of("sine", v, "test"), SplitFractions.DEFAULT);
    }

    /** The same series with every value from {@code from} on replaced by {@code replacement(t)}. */
    public static ForecastData withTail(
            ForecastData data, int from, java.util.function.IntToDoubleFunction replacement) {
        double[] v = new double[data.length()];
        for (int t = 0; t < v.length; t++) {
            v[t] = t < from ? data.original(t) : replacement.applyAsDouble(t);
        }
        return ForecastData.of(TimeSeries.of(data.name(), v, "test"), SplitFractions.DEFAULT);
    }
}
