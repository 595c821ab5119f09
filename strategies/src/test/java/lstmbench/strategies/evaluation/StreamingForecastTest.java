package lstmbench.strategies.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import lstmbench.kernel.FloatArray;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.kernel.Network;
import lstmbench.strategies.TestData;
import org.junit.jupiter.api.Test;

/**
 * Streaming evaluation equals running the kernel over the concatenated series in one pass: the
 * segmented forecasts (segments of 1024 with carried state, a shorter last one) match one
 * Network.predict over [1, N], and the evaluator's validation and test forecasts are that pass's
 * outputs at the points before each target. Windowed forecasts match a zero-state pass over each
 * window alone.
 */
class StreamingForecastTest {
    static final ModelDims DIMS = new ModelDims(1, 6, 1);
    static final ForecastData DATA = TestData.sine(3000, 5);

    static float[] onePass(ModelParams p, float[] series, int count) {
        FloatArray in = FloatArray.of(java.util.Arrays.copyOf(series, count), 1, count, 1);
        return Network.predict(p, in, LstmState.zeros(1, DIMS.hiddenSize()), new Network.Workspace(DIMS, 1, count))
                .toFloatArray();
    }

    @Test
    void segmentedStreamingEqualsOneKernelPassOverTheConcatenatedSeries() {
        ModelParams p = Initializer.initialize(DIMS, 3);
        float[] all = DATA.scaledPrefix(DATA.length());
        int count = all.length - 1;
        float[] expected = onePass(p, all, count);
        float[] streamed = new StreamingForecast(DIMS).predict(p, all, count);
        assertEquals(true, count > 2 * StreamingForecast.SEGMENT, "crosses segment boundaries");
        assertArrayEquals(expected, streamed, 1e-6f);
    }

    @Test
    void theEvaluatorsStreamingErrorsAreThoseOfTheOnePassForecasts() {
        ModelParams p = Initializer.initialize(DIMS, 3);
        float[] all = DATA.scaledPrefix(DATA.length());
        float[] pass = onePass(p, all, all.length - 1);
        for (Part part : Part.values()) {
            int from = DATA.partFrom(part), to = DATA.partTo(part);
            double se = 0;
            for (int t = from; t < to; t++) {
                double e = DATA.scaled(t) - pass[t - 1];
                se += e * e;
            }
            PartErrors errors = Evaluator.evaluate(p, DATA, part, 20);
            assertEquals(se / (to - from), errors.streaming().mseScaled(), 1e-7, part.name());
        }
        PartForecasts test = Evaluator.forecasts(p, DATA, Part.TEST, 20);
        assertEquals(DATA.testStart(), test.from());
        for (int i = 0; i < test.length(); i++) {
            assertEquals(
                    pass[test.from() + i - 1], test.streamingAt(i), 1e-6f, "forecast of point " + (test.from() + i));
        }
        assertEquals(
                Evaluator.evaluate(p, DATA, Part.VALIDATION, 20).streaming().mseScaled(),
                new ValidationLoss(DATA, DIMS, 20).streaming(p),
                1e-12);
    }

    @Test
    void windowedForecastsReadOnlyTheWindowFromZeroState() {
        ModelParams p = Initializer.initialize(DIMS, 3);
        float[] all = DATA.scaledPrefix(DATA.length());
        int w = 12, from = DATA.testStart(), to = DATA.length();
        float[] windowed = new WindowedForecast(DIMS, w).predict(p, all, from, to);
        for (int t : new int[] {from, from + 1, from + 300, to - 1}) {
            float[] window = java.util.Arrays.copyOfRange(all, t - w, t);
            float[] alone = onePass(p, window, w);
            assertEquals(alone[w - 1], windowed[t - from], 1e-6f, "target " + t);
        }
    }
}
