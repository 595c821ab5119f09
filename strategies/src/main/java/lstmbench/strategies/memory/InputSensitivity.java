package lstmbench.strategies.memory;

import java.nio.FloatBuffer;
import java.util.Arrays;
import lstmbench.kernel.FloatArray;
import lstmbench.kernel.Head;
import lstmbench.kernel.HeadParams;
import lstmbench.kernel.Lstm;
import lstmbench.kernel.LstmCache;
import lstmbench.kernel.LstmParams;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelParams;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.TrainingSpan;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.selection.ChosenRun;

/**
 * The input-sensitivity probe: how strongly a trained model's forecast depends on each input k
 * steps back, measured with the kernel's input gradients over a long, untruncated backward pass.
 *
 * <pre>
 * S(k) = 1/|samples| sum_{t in samples} | d yhat_t / d x_{t-k} |,   k = 0 .. K,
 * </pre>
 *
 * yhat_t is the model's output at step t (the scaled forecast of x_{t+1}), x the scaled series,
 * k = 0 the newest input it read. The model runs in one of the protocol's two evaluation modes,
 * the one its checkpoint was chosen in (measure(ChosenRun, ...)), so that the horizon describes the
 * forecasts the lag R^2 scores:
 *
 * <pre>
 * streaming  from zero state at the first point of the series, state carried through training,
 *            validation and test: any k can matter;
 * windowed   from zero state over the W inputs x_{t-W+1} .. x_t, as WindowedForecast runs it: the
 *            forecast does not depend on older inputs at all, so S(k) = 0 exactly for k &gt;= W and
 *            the memory horizon is at most W.
 * </pre>
 *
 * The prediction steps t are {@code samples} evenly spaced steps whose targets lie in the
 * held-out part (deterministic, no seed needed).
 *
 * <p>Efficient form: yhat_t depends on x_{t-K} .. x_t through the segment [t - K, t] and on
 * everything older only through the state entering that segment, so for k &lt;= K the gradient is
 * exact when
 *
 * <pre>
 * 1. one streaming forward pass (batch 1, segments of 1024 steps) records the state h, c
 *    entering each sampled segment (the state after reading x_0 .. x_{t-K-1});
 * 2. the segments become the rows of one batch [R, K + 1] (R rows at a time, R (K+1) &lt;= 2^15
 *    row-steps so the activation cache stays near 20 MB at H = 32), run forward from their
 *    recorded states;
 * 3. backward gets dHidden = 0 except at each row's last step, where it is d yhat_t / d h_t,
 *    the head's own backward at that step's hidden vector (for the dense head y = h w + b, its
 *    weight column), and no gradient at the final state;
 *    dx[r, K - k] is then d yhat_t / d x_{t-k}.
 * </pre>
 *
 * <p>Windowed, each segment is the window itself, [t - W + 1, t], from zero state: one batch of
 * samples x W steps and no streaming pass.
 *
 * <p>Cost: streaming, one streaming pass plus samples x (K + 1) forward and backward steps;
 * windowed, samples x W.
 */
public final class InputSensitivity {
    /** Prediction steps averaged over. */
    public static final int DEFAULT_SAMPLES = 64;
    /** The default K never exceeds this (full BPTT's span is the whole training part). */
    public static final int DEFAULT_MAX_LAG_CAP = 1024;

    static final int SEGMENT = 1024;
    static final int ROW_STEPS = 1 << 15;

    private InputSensitivity() {}

    /**
     * K for a strategy: {@code configured} when > 0, else 4 x max(evaluation window W, the
     * strategy's TrainingSpan; W alone for a strategy without one), capped at
     * DEFAULT_MAX_LAG_CAP. Either way capped at {@code partFrom - 1} so that every sampled
     * segment starts inside the series.
     */
    public static int maxLag(int configured, Strategy strategy, int trainLength, int evaluationWindow, int partFrom) {
        int k;
        if (configured > 0) {
            k = configured;
        } else {
            int span = strategy instanceof TrainingSpan s ? s.gradientSteps(trainLength) : 0;
            k = (int) Math.min(DEFAULT_MAX_LAG_CAP, 4L * Math.max(evaluationWindow, span));
        }
        return Math.max(0, Math.min(k, partFrom - 1));
    }

    /**
     * The curve of the chosen checkpoint over a held-out part, in the mode it was chosen in on
     * validation (windowed with the window its validation and test used).
     */
    public static SensitivityCurve measure(ChosenRun chosen, ForecastData data, Part part, int maxLag, int samples) {
        return measure(
                chosen.checkpoint().params(),
                data,
                part,
                maxLag,
                samples,
                chosen.checkpoint().mode(),
                chosen.test().window());
    }

    /**
     * The curve over a held-out part of the data at up to {@code samples} evenly spaced steps, run
     * in {@code mode}; {@code window} is W of the windowed mode (unused streaming). In windowed mode
     * the entries k &gt;= W are 0.
     */
    public static SensitivityCurve measure(
            ModelParams p, ForecastData data, Part part, int maxLag, int samples, EvaluationMode mode, int window) {
        int from = data.partFrom(part), to = data.partTo(part);
        if (maxLag > from - 1) {
            throw new IllegalArgumentException("K = " + maxLag + " reaches before the series: the part starts at "
                    + from + ", so K <= " + (from - 1));
        }
        int[] steps = sampleSteps(from - 1, to - 2, samples);
        float[] series = data.scaledPrefix(to);
        float[][] g = mode == EvaluationMode.STREAMING
                ? gradients(p, series, steps, maxLag)
                : windowedGradients(p, series, steps, window);
        double[] mean = new double[maxLag + 1];
        for (float[] row : g) {
            for (int k = 0; k < Math.min(row.length, maxLag + 1); k++) {
                mean[k] += Math.abs(row[k]) / g.length;
            }
        }
        return new SensitivityCurve(mean, steps.length);
    }

    /** Up to {@code samples} distinct steps evenly spaced over [first, last], ascending. */
    public static int[] sampleSteps(int first, int last, int samples) {
        if (last < first || samples < 1) {
            throw new IllegalArgumentException("no steps to sample in [" + first + ", " + last + "]");
        }
        int n = (int) Math.min(samples, (long) last - first + 1);
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            steps[i] = n == 1 ? last : first + (int) ((long) i * (last - first) / (n - 1));
        }
        return steps;
    }

    /**
     * Signed gradients: out[i][k] = d yhat_t / d x_{t-k} for t = steps[i] (ascending, each >= K),
     * the model run streaming over {@code series} from zero state at index 0.
     */
    public static float[][] gradients(ModelParams p, float[] series, int[] steps, int maxLag) {
        requireUnivariate(p);
        int[] starts = starts(series, steps, maxLag + 1);
        return segmentGradients(p, series, starts, maxLag + 1, statesBefore(p.lstm(), series, starts));
    }

    /**
     * Signed gradients of windowed forecasts: out[i][k] = d yhat_t / d x_{t-k}, k = 0 .. W - 1,
     * where yhat_t is computed from zero state over series[t - W + 1 .. t] alone (steps ascending,
     * each >= W - 1); the forecast does not depend on any older input.
     */
    public static float[][] windowedGradients(ModelParams p, float[] series, int[] steps, int window) {
        requireUnivariate(p);
        if (window < 1) {
            throw new IllegalArgumentException("the window must be >= 1, got " + window);
        }
        int[] starts = starts(series, steps, window);
        LstmState[] zero = new LstmState[steps.length];
        for (int i = 0; i < zero.length; i++) {
            zero[i] = LstmState.zeros(1, p.dims().hiddenSize());
        }
        return segmentGradients(p, series, starts, window, zero);
    }

    private static void requireUnivariate(ModelParams p) {
        var dims = p.dims();
        if (dims.inputSize() != 1 || dims.outputSize() != 1) {
            throw new IllegalArgumentException("the probe is univariate: input and output size 1, got " + dims);
        }
    }

    /** The first index of each step's segment of {@code span} inputs; checks the steps. */
    private static int[] starts(float[] series, int[] steps, int span) {
        int[] starts = new int[steps.length];
        for (int i = 0; i < steps.length; i++) {
            starts[i] = steps[i] - span + 1;
            if (starts[i] < 0 || steps[i] >= series.length || (i > 0 && steps[i] < steps[i - 1])) {
                throw new IllegalArgumentException("steps must be ascending within [" + (span - 1) + ", "
                        + (series.length - 1) + "], got " + Arrays.toString(steps));
            }
        }
        return starts;
    }

    /**
     * out[i][k] = d yhat / d series[starts[i] + span - 1 - k] for the model run over the segment
     * series[starts[i] .. starts[i] + span - 1] from the state {@code entering[i]}, yhat its output
     * at the segment's last step.
     */
    private static float[][] segmentGradients(
            ModelParams p, float[] series, int[] starts, int span, LstmState[] entering) {
        int n = starts.length, H = p.dims().hiddenSize();
        float[][] out = new float[n][span];
        LstmParams scratch = LstmParams.zeros(1, H);
        HeadParams headScratch = HeadParams.zeros(p.dims().head(), H, 1);
        int rowsPerPass = Math.max(1, Math.min(n, ROW_STEPS / span));
        for (int first = 0; first < n; first += rowsPerPass) {
            int R = Math.min(rowsPerPass, n - first);
            LstmCache cache = new LstmCache(R, span, 1, H);
            FloatArray x = FloatArray.zeros(R, span, 1); // [R, span, 1]
            LstmState s0 = LstmState.zeros(R, H); // [R, H]
            FloatArray dHidden = FloatArray.zeros(R, span, H); // [R, span, H]
            for (int r = 0; r < R; r++) {
                int i = first + r;
                x.buffer().put(r * span, series, starts[i], span);
                s0.h().buffer().put(r * H, entering[i].h().buffer(), 0, H);
                s0.c().buffer().put(r * H, entering[i].c().buffer(), 0, H);
            }
            Lstm.Forward f = Lstm.forward(p.lstm(), x, s0, cache);
            // d yhat_t / d h_t through the head at each row's last hidden vector
            FloatArray last = FloatArray.zeros(R, 1, H);
            for (int r = 0; r < R; r++) {
                last.buffer().put(r * H, f.hidden().buffer(), (r * span + span - 1) * H, H);
            }
            Head.Cache headCache = new Head.Cache(p.dims().head(), R, 1, H, 1);
            Head.forward(p.head(), last, headCache);
            FloatArray ones = FloatArray.zeros(R, 1, 1);
            ones.fill(1f);
            FloatArray dLast = Head.backward(p.head(), headCache, ones, headScratch);
            for (int r = 0; r < R; r++) {
                dHidden.buffer().put((r * span + span - 1) * H, dLast.buffer(), r * H, H);
            }
            Lstm.Backward b = Lstm.backward(p.lstm(), cache, dHidden, LstmState.zeros(R, H), scratch);
            FloatBuffer dx = b.dx().buffer(); // [R, span, 1]
            for (int r = 0; r < R; r++) {
                for (int k = 0; k < span; k++) {
                    out[first + r][k] = dx.get(r * span + span - 1 - k);
                }
            }
        }
        return out;
    }

    /** The state after reading series[0 .. start - 1] from zero state, for each ascending start. */
    static LstmState[] statesBefore(LstmParams p, float[] series, int[] starts) {
        int H = p.hiddenSize();
        LstmState[] states = new LstmState[starts.length];
        LstmState state = LstmState.zeros(1, H);
        int idx = 0;
        while (idx < starts.length && starts[idx] == 0) {
            states[idx++] = LstmState.zeros(1, H);
        }
        int end = starts.length == 0 ? 0 : starts[starts.length - 1];
        LstmCache full = new LstmCache(1, SEGMENT, 1, H);
        FloatArray fullInputs = FloatArray.zeros(1, SEGMENT, 1);
        for (int pos = 0; idx < starts.length; ) {
            int len = Math.min(SEGMENT, end - pos);
            LstmCache cache = len == SEGMENT ? full : new LstmCache(1, len, 1, H);
            FloatArray inputs = len == SEGMENT ? fullInputs : FloatArray.zeros(1, len, 1);
            inputs.buffer().put(0, series, pos, len);
            Lstm.forward(p, inputs, state, cache);
            while (idx < starts.length && starts[idx] <= pos + len) {
                states[idx] = LstmState.zeros(1, H);
                cache.copyStateAfterStep(starts[idx] - pos - 1, states[idx]);
                idx++;
            }
            state.copyFrom(cache.finalState());
            pos += len;
        }
        return states;
    }
}
