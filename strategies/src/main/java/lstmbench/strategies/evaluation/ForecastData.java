package lstmbench.strategies.evaluation;

import java.util.Arrays;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.split.ChronologicalSplit;
import lstmbench.datasets.split.ScaledSplit;
import lstmbench.datasets.split.SplitFractions;
import lstmbench.datasets.split.ZScoreScaler;

/**
 * A dataset as the trainer and the evaluation protocol consume it: the chronological split with
 * the scaler fitted on the training part only (datasets' ScaledSplit), flattened once into the
 * concatenated series train ++ validation ++ test, scaled (float32, what the model reads) and
 * original (double, what the original-scale metrics compare against). Also the in-sample one-step
 * naive MAE on the original training part, the MASE denominator (Hyndman &amp; Koehler 2006):
 *
 * <pre>
 * naiveMae = 1/|S| sum_{t in S} |y_t - y_{t-1}|,  S = {1 .. n_train - 1} without the filled-in t.
 * </pre>
 *
 * <p>Filled-in points: the positions a missing-value policy filled in (the series' MissingValues,
 * e.g. interpolated under missing=interpolate) stay in the series as inputs, but a forecast whose
 * target is one of them is never scored: not in any error, persistence, validation loss or
 * training loss (filled(t)), nor as a change in naiveMae.
 */
public final class ForecastData {
    private final String name;
    private final float[] scaled;
    private final double[] original;
    private final ZScoreScaler scaler;
    private final int validationStart;
    private final int testStart;
    private final double naiveMae;
    private final boolean[] filled;

    private ForecastData(ScaledSplit split) {
        this.name = split.original().train().name();
        this.scaler = split.scaler();
        this.validationStart = split.original().validationStart();
        this.testStart = split.original().testStart();
        int n = split.original().length();
        this.scaled = new float[n];
        this.original = new double[n];
        copy(split.original().train(), split.scaled().train(), 0);
        copy(split.original().validation(), split.scaled().validation(), validationStart);
        copy(split.original().test(), split.scaled().test(), testStart);
        this.filled = split.original().train().missing().filledMask(n);
        if (validationStart < 2) {
            throw new IllegalArgumentException("the training part needs at least 2 points, got " + validationStart);
        }
        double sum = 0;
        int changes = 0;
        for (int t = 1; t < validationStart; t++) {
            if (!filled[t]) {
                sum += Math.abs(original[t] - original[t - 1]);
                changes++;
            }
        }
        if (changes == 0) {
            throw new IllegalArgumentException(
                    "every point of the training part after its first was filled in: " + "nothing to score");
        }
        this.naiveMae = sum / changes;
    }

    private void copy(TimeSeries originalPart, TimeSeries scaledPart, int offset) {
        for (int i = 0; i < originalPart.length(); i++) {
            original[offset + i] = originalPart.value(i);
            scaled[offset + i] = (float) scaledPart.value(i);
        }
    }

    /** From a split whose scaler was fitted on its training part. */
    public static ForecastData of(ScaledSplit split) {
        return new ForecastData(split);
    }

    /** Splits the series chronologically and fits the scaler on the training part only. */
    public static ForecastData of(TimeSeries series, SplitFractions fractions) {
        return of(ScaledSplit.fitOnTraining(ChronologicalSplit.split(series, fractions)));
    }

    public String name() {
        return name;
    }

    public ZScoreScaler scaler() {
        return scaler;
    }

    /** Number of points in the three parts together. */
    public int length() {
        return scaled.length;
    }

    public int trainLength() {
        return validationStart;
    }

    public int validationStart() {
        return validationStart;
    }

    public int testStart() {
        return testStart;
    }

    /** The points [from, to) of a part in the concatenated series. */
    public int partFrom(Part part) {
        return part == Part.VALIDATION ? validationStart : testStart;
    }

    public int partTo(Part part) {
        return part == Part.VALIDATION ? testStart : scaled.length;
    }

    /** The scaled training part: the only thing a strategy's batches are built from. */
    public float[] scaledTrain() {
        return Arrays.copyOf(scaled, validationStart);
    }

    /** The scaled points [0, to): train, then validation, then test. */
    public float[] scaledPrefix(int to) {
        return Arrays.copyOf(scaled, to);
    }

    public float scaled(int index) {
        return scaled[index];
    }

    public double original(int index) {
        return original[index];
    }

    /** True when the point at {@code index} was filled in by a missing-value policy: never scored as a target. */
    public boolean filled(int index) {
        return filled[index];
    }

    /** The filled-in points of the scaled training series' targets: mask[i] = filled(i), i &lt; trainLength. */
    public boolean[] filledTrain() {
        return Arrays.copyOf(filled, validationStart);
    }

    /** How many points of the part were filled in (its targets left out of every score). */
    public int filledTargets(Part part) {
        int count = 0;
        for (int t = partFrom(part); t < partTo(part); t++) {
            count += filled[t] ? 1 : 0;
        }
        return count;
    }

    /** The MASE denominator: mean |y_t - y_{t-1}| over the original training part. */
    public double naiveMae() {
        return naiveMae;
    }
}
