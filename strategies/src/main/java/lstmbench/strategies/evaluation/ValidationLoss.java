package lstmbench.strategies.evaluation;

import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;

/**
 * The validation loss of a model in both evaluation modes (scaled MSE), as the trainer measures it
 * after every epoch and the learning-rate search compares it:
 *
 * <pre>
 * streaming  every validation target, state carried from the series' start (one pass over the
 *            training and validation points, batch 1);
 * windowed   zero state and the W points before each target. After every epoch only a fixed
 *            subsample is scored: SUBSAMPLE evenly spaced targets a[floor(i n / SUBSAMPLE)],
 *            i = 0 .. SUBSAMPLE - 1, of the n scored validation targets a (all of them when
 *            n &lt;= SUBSAMPLE), the
 *            same targets for every epoch, learning rate and strategy. That bounds the per-epoch
 *            windowed pass to SUBSAMPLE x W forward steps, batched 256 rows at a time (scoring
 *            every target costs n x W: on a validation part of 6,600 points and W = 48 about ten
 *            times a windowed epoch of the subsample). windowed() scores every target: the final
 *            choice between checkpoints uses it, so both modes are then compared on the same
 *            targets.
 * </pre>
 *
 * <p>The scored targets are the validation points a missing-value policy did not fill in
 * (ForecastData.filled): filled-in points are read as inputs only, in both modes.
 *
 * <p>Reads only the training and validation points.
 */
public final class ValidationLoss {
    /** Validation targets the per-epoch windowed loss scores. */
    public static final int SUBSAMPLE = 512;

    private final ForecastData data;
    private final int window;
    private final StreamingForecast streaming;
    private final WindowedForecast windowed;
    private final float[] prefix;
    private final int[] all;
    private final int[] subsample;

    /**
     * @param dims the model's sizes and head
     * @param window W of the windowed loss; the training part must hold at least W points
     */
    public ValidationLoss(ForecastData data, ModelDims dims, int window) {
        if (window > data.validationStart()) {
            throw new IllegalArgumentException("a windowed validation with W = " + window + " needs " + window
                    + " points before the validation part, the training part has " + data.validationStart());
        }
        this.data = data;
        this.window = window;
        this.streaming = new StreamingForecast(dims);
        this.windowed = new WindowedForecast(dims, window);
        this.prefix = data.scaledPrefix(data.testStart());
        this.all = java.util.stream.IntStream.range(data.validationStart(), data.testStart())
                .filter(t -> !data.filled(t))
                .toArray();
        int n = all.length;
        if (n == 0) {
            throw new IllegalArgumentException(
                    "every validation point was filled in by a missing-value policy:" + " nothing to score");
        }
        int m = Math.min(n, SUBSAMPLE);
        this.subsample = new int[m];
        for (int i = 0; i < m; i++) {
            subsample[i] = all[(int) ((long) i * n / m)];
        }
    }

    public int window() {
        return window;
    }

    /** Streaming MSE over every scored validation target. */
    public double streaming(ModelParams p) {
        float[] predicted = streaming.predict(p, prefix, data.testStart() - 1);
        double se = 0;
        for (int t : all) {
            double e = (double) prefix[t] - predicted[t - 1];
            se += e * e;
        }
        return se / all.length;
    }

    /** Windowed MSE over the fixed subsample of validation targets (the per-epoch value). */
    public double windowedSubsample(ModelParams p) {
        return windowedMse(p, subsample);
    }

    /** Windowed MSE over every scored validation target. */
    public double windowed(ModelParams p) {
        return windowedMse(p, all);
    }

    /** Every validation target in the given mode: the value checkpoints are compared on. */
    public double of(EvaluationMode mode, ModelParams p) {
        return mode == EvaluationMode.STREAMING ? streaming(p) : windowed(p);
    }

    private double windowedMse(ModelParams p, int[] targets) {
        float[] predicted = windowed.predictAt(p, prefix, targets);
        double se = 0;
        for (int i = 0; i < targets.length; i++) {
            double e = (double) prefix[targets[i]] - predicted[i];
            se += e * e;
        }
        return se / targets.length;
    }
}
