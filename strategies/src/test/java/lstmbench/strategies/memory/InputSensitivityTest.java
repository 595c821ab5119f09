package lstmbench.strategies.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.split.SplitFractions;
import lstmbench.kernel.DenseParams;
import lstmbench.kernel.FloatArray;
import lstmbench.kernel.HeadParams;
import lstmbench.kernel.HeadShape;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.LstmParams;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.evaluation.StreamingForecast;
import lstmbench.strategies.evaluation.WindowedForecast;
import lstmbench.strategies.kinds.FullBptt;
import lstmbench.strategies.kinds.SlidingWindow;
import lstmbench.strategies.kinds.StatefulTbptt;
import lstmbench.strategies.kinds.TbpttOverlap;
import lstmbench.strategies.plan.Remainder;
import org.junit.jupiter.api.Test;

/**
 * The input-sensitivity probe on models whose dependence on the past is known by construction,
 * and against finite differences on a random model.
 *
 * <p>Delay line (hand-set weights, H = D units, gates i | f | g | o): input, output gates saturated
 * open (bias +20), forget gates shut (bias -20), so c_j(t) = g_j(t) and h_j(t) = tanh(c_j(t));
 * unit 0 reads the input, g_0 = tanh(a x_t); unit j reads unit j - 1 one step earlier,
 * g_j = tanh(h_{j-1}(t - 1)); the head reads unit D - 1. Then yhat_t depends on x_{t-(D-1)} and on
 * nothing else: the curve must peak at k = D - 1, be zero elsewhere, and have horizon D.
 * Leaky delay line: the same with the last unit's forget gate at the constant f = sigma(b_f) = 0.8;
 * then d c(t) / d c(t - m) = f^m exactly, so after its peak the curve decays as 0.8^m and first
 * stays below 1% at m = 21 (0.8^20 = 0.0115, 0.8^21 = 0.0092): horizon D - 1 + 21.
 * Run windowed over W inputs the same models see nothing older than W - 1: the curve is exactly 0
 * from k = W on and the horizon at most W, however far the streaming curve reaches.
 */
class InputSensitivityTest {
    static final int D = 5;

    /** The delay line of D units; the last unit's forget gate is sigma(lastForgetBias). */
    static ModelParams delayLine(float inputGain, float lastForgetBias) {
        int H = D;
        LstmParams lstm = LstmParams.zeros(1, H);
        FloatArray wx = lstm.wx(), wh = lstm.wh(), b = lstm.b();
        wx.set(2 * H, inputGain); // wx[0, g block, unit 0]
        for (int j = 1; j < H; j++) {
            wh.set((j - 1) * 4 * H + 2 * H + j, 1f); // wh[j - 1, g block, unit j]
        }
        for (int j = 0; j < H; j++) {
            b.set(j, 20f); // i open
            b.set(H + j, -20f); // f shut
            b.set(3 * H + j, 20f); // o open
        }
        b.set(H + H - 1, lastForgetBias);
        DenseParams head = DenseParams.zeros(H, 1);
        head.w().set(H - 1, 1f);
        return new ModelParams(lstm, new HeadParams(HeadShape.DENSE, List.of(head)));
    }

    static float[] noise(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = (float) rng.nextGaussian();
        }
        return s;
    }

    static SensitivityCurve curve(ModelParams p, float[] series, int maxLag) {
        int[] steps = InputSensitivity.sampleSteps(2000, series.length - 1, 64);
        float[][] g = InputSensitivity.gradients(p, series, steps, maxLag);
        double[] mean = new double[maxLag + 1];
        for (float[] row : g) {
            for (int k = 0; k <= maxLag; k++) {
                mean[k] += Math.abs(row[k]) / g.length;
            }
        }
        return new SensitivityCurve(mean, g.length);
    }

    @Test
    void aDelayLinePeaksAtItsDelayAndIsZeroAtEveryOtherLag() {
        SensitivityCurve c = curve(delayLine(0.5f, -20f), noise(3000, 1), 40);
        assertEquals(D - 1, c.peakLag());
        double[] n = c.normalized();
        for (int k = 0; k <= 40; k++) {
            if (k != D - 1) {
                assertTrue(n[k] < 1e-6, "lag " + k + ": " + n[k]);
            }
        }
        assertTrue(c.peak() > 0.05, "the delayed input moves the forecast: " + c.peak());
        assertEquals(D, c.horizon());
        assertFalse(c.censored());
    }

    @Test
    void aLeakyDelayLineDecaysAsItsForgetGateAfterThePeak() {
        float bias = (float) Math.log(4); // sigma(ln 4) = 0.8
        SensitivityCurve c = curve(delayLine(0.1f, bias), noise(3000, 2), 60);
        assertEquals(D - 1, c.peakLag());
        double[] n = c.normalized();
        for (int k = 0; k < D - 1; k++) {
            assertTrue(n[k] < 1e-6, "nothing newer than the delay: lag " + k + ": " + n[k]);
        }
        for (int m = 1; m <= 15; m++) {
            double expected = Math.pow(0.8, m);
            assertEquals(expected, n[D - 1 + m], 0.1 * expected, "lag " + (D - 1 + m));
        }
        assertEquals(D - 1 + 21, c.horizon(), 1);
    }

    @Test
    void aCurveStillAboveOnePercentAtKIsCensored() {
        SensitivityCurve c = curve(delayLine(0.1f, (float) Math.log(4)), noise(3000, 3), 12);
        assertTrue(c.censored());
        assertEquals(13, c.horizon());
    }

    @Test
    void gradientsAgreeWithFiniteDifferencesOfTheStreamingForecast() {
        ModelDims dims = new ModelDims(1, 6, 1);
        ModelParams p = Initializer.initialize(dims, 7);
        float[] series = noise(2600, 4);
        int maxLag = 30;
        int[] steps = {1500, 2049, 2598}; // segments that start inside and across the 1024-step pieces
        float[][] g = InputSensitivity.gradients(p, series, steps, maxLag);
        StreamingForecast f = new StreamingForecast(dims);
        float eps = 0.05f;
        for (int i = 0; i < steps.length; i++) {
            for (int k : new int[] {0, 1, 3, 10, 30}) {
                int at = steps[i] - k;
                float[] plus = series.clone(), minus = series.clone();
                plus[at] += eps;
                minus[at] -= eps;
                double fd = (f.predict(p, plus, steps[i] + 1)[steps[i]] - f.predict(p, minus, steps[i] + 1)[steps[i]])
                        / (2.0 * eps);
                assertEquals(fd, g[i][k], 1e-4 + 0.03 * Math.abs(fd), "t " + steps[i] + ", k " + k);
            }
        }
    }

    static ForecastData noiseData(int n, long seed) {
        float[] f = noise(n, seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = f[i];
        }
        return ForecastData.of(TimeSeries.of("noise", values, "test"), SplitFractions.DEFAULT);
    }

    @Test
    void windowedTheCurveIsZeroFromTheWindowOnSoTheHorizonNeverExceedsIt() {
        ForecastData data = noiseData(3000, 5);
        ModelParams leaky = delayLine(0.1f, (float) Math.log(4));
        SensitivityCurve streaming =
                InputSensitivity.measure(leaky, data, Part.TEST, 60, 64, EvaluationMode.STREAMING, 8);
        SensitivityCurve windowed =
                InputSensitivity.measure(leaky, data, Part.TEST, 60, 64, EvaluationMode.WINDOWED, 8);
        assertEquals(D - 1 + 21, streaming.horizon(), 1, "streaming, the leak reaches far past W = 8");
        double[] w = windowed.meanAbsGradient();
        assertEquals(61, w.length, "the curve still covers k = 0 .. K");
        for (int k = 8; k <= 60; k++) {
            assertEquals(0.0, w[k], "windowed, lag " + k + " is outside the window");
        }
        assertEquals(D - 1, windowed.peakLag());
        assertEquals(8, windowed.horizon(), "peak at 4, then 0.8^1..0.8^3 inside the window, nothing beyond");
        assertFalse(windowed.censored());

        SensitivityCurve tooShort = InputSensitivity.measure(
                delayLine(0.5f, -20f), data, Part.TEST, 60, 64, EvaluationMode.WINDOWED, D - 1);
        assertEquals(0, tooShort.horizon(), "a window shorter than the delay never sees the delayed input");
        assertEquals(0.0, tooShort.peak());
    }

    @Test
    void aRandomModelsWindowedHorizonIsAtMostItsWindow() {
        ForecastData data = noiseData(2000, 6);
        ModelParams p = Initializer.initialize(new ModelDims(1, 8, 1), 11);
        for (int window : new int[] {1, 3, 16, 40}) {
            SensitivityCurve c = InputSensitivity.measure(p, data, Part.TEST, 100, 32, EvaluationMode.WINDOWED, window);
            assertTrue(c.peak() > 0, "W " + window);
            assertTrue(c.horizon() >= 1 && c.horizon() <= window, "W " + window + ": horizon " + c.horizon());
            double[] m = c.meanAbsGradient();
            for (int k = window; k <= 100; k++) {
                assertEquals(0.0, m[k], "W " + window + ", lag " + k);
            }
        }
    }

    @Test
    void windowedGradientsAgreeWithFiniteDifferencesOfTheWindowedForecast() {
        ModelDims dims = new ModelDims(1, 6, 1);
        ModelParams p = Initializer.initialize(dims, 9);
        float[] series = noise(400, 7);
        int window = 12;
        int[] steps = {11, 200, 399};
        float[][] g = InputSensitivity.windowedGradients(p, series, steps, window);
        WindowedForecast f = new WindowedForecast(dims, window);
        float eps = 0.05f;
        for (int i = 0; i < steps.length; i++) {
            assertEquals(window, g[i].length);
            for (int k : new int[] {0, 1, 5, 11}) {
                int at = steps[i] - k;
                float[] plus = series.clone(), minus = series.clone();
                plus[at] += eps;
                minus[at] -= eps;
                int[] target = {steps[i] + 1};
                double fd = (predictAt(f, p, plus, target) - predictAt(f, p, minus, target)) / (2.0 * eps);
                assertEquals(fd, g[i][k], 1e-4 + 0.03 * Math.abs(fd), "t " + steps[i] + ", k " + k);
            }
        }
    }

    /** The windowed forecast of series[target[0]], with the series extended by one point when needed. */
    private static double predictAt(WindowedForecast f, ModelParams p, float[] series, int[] target) {
        float[] s = target[0] < series.length ? series : java.util.Arrays.copyOf(series, target[0] + 1);
        return f.predictAt(p, s, target)[0];
    }

    @Test
    void sampledStepsAreEvenlySpacedDistinctAndIncludeBothEnds() {
        assertArrayEquals(new int[] {10, 15, 20}, InputSensitivity.sampleSteps(10, 20, 3));
        assertArrayEquals(new int[] {4, 5, 6}, InputSensitivity.sampleSteps(4, 6, 64));
        int[] s = InputSensitivity.sampleSteps(849, 998, 64);
        assertEquals(64, s.length);
        assertEquals(849, s[0]);
        assertEquals(998, s[63]);
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] > s[i - 1]);
        }
    }

    @Test
    void defaultLagsAreFourTimesTheLongerOfWindowAndSpanCappedByTheData() {
        assertEquals(4 * 50, InputSensitivity.maxLag(0, new SlidingWindow(16, 32, Remainder.KEEP), 7000, 50, 8500));
        assertEquals(4 * 64, InputSensitivity.maxLag(0, new StatefulTbptt(64, 16, Remainder.KEEP), 7000, 32, 8500));
        assertEquals(4 * 80, InputSensitivity.maxLag(0, new TbpttOverlap(20, 80, 4, Remainder.KEEP), 7000, 32, 8500));
        assertEquals(InputSensitivity.DEFAULT_MAX_LAG_CAP, InputSensitivity.maxLag(0, new FullBptt(), 7000, 32, 8500));
        assertEquals(256, InputSensitivity.maxLag(256, new FullBptt(), 7000, 32, 8500));
        assertEquals(99, InputSensitivity.maxLag(256, new FullBptt(), 70, 32, 100));
    }
}
