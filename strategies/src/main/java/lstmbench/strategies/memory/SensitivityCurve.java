package lstmbench.strategies.memory;

import java.util.Arrays;

/**
 * What the input-sensitivity probe measured: for k = 0 .. K, the mean over sampled prediction
 * steps t of |d yhat_t / d x_{t-k}|, where yhat_t is the model's output at step t (the forecast of
 * x_{t+1}) and k = 0 is the newest input it read. A seasonal AR with planted lag L is read at
 * k = L - 1. The memory horizon is the smallest k from which on the curve stays below 1% of its
 * peak: 1 + the largest k at or above 1% of the peak. A model that only uses x_{t-L+1} (= the
 * value L steps before the target) has horizon L. When the curve is still at or above 1% at k = K
 * the horizon is K + 1, a lower bound ("more than K"), flagged by censored().
 */
public record SensitivityCurve(double[] meanAbsGradient, int samples) {
    /** Fraction of the peak below which the curve counts as having decayed. */
    public static final double HORIZON_THRESHOLD = 0.01;

    public SensitivityCurve {
        meanAbsGradient = meanAbsGradient.clone();
        if (meanAbsGradient.length == 0) {
            throw new IllegalArgumentException("a sensitivity curve needs at least lag 0");
        }
    }

    /** K, the largest lag measured. */
    public int maxLag() {
        return meanAbsGradient.length - 1;
    }

    @Override
    public double[] meanAbsGradient() {
        return meanAbsGradient.clone();
    }

    public double peak() {
        return Arrays.stream(meanAbsGradient).max().orElse(0);
    }

    /** The lag of the peak (the smallest, on ties). */
    public int peakLag() {
        int best = 0;
        for (int k = 1; k < meanAbsGradient.length; k++) {
            if (meanAbsGradient[k] > meanAbsGradient[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The curve divided by its peak (all zeros when the model ignores its input entirely). */
    public double[] normalized() {
        double peak = peak();
        double[] out = new double[meanAbsGradient.length];
        for (int k = 0; k < out.length && peak > 0; k++) {
            out[k] = meanAbsGradient[k] / peak;
        }
        return out;
    }

    /** Smallest k with normalized()[j] &lt; 1% for every j &gt;= k; K + 1 when censored; 0 for a flat-zero curve. */
    public int horizon() {
        double[] n = normalized();
        for (int k = n.length - 1; k >= 0; k--) {
            if (n[k] >= HORIZON_THRESHOLD) {
                return k + 1;
            }
        }
        return 0;
    }

    /** True when the curve had not decayed below 1% by K: the horizon is then only a lower bound. */
    public boolean censored() {
        return horizon() > maxLag();
    }
}
