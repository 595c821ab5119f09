package lstmbench.datasets.stats;

import java.util.OptionalInt;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Sample autocorrelation of a series.
 *
 * <p>Sample autocorrelation function (ACF) and the dominant period read from it.
 *
 * <pre>
 * r_k = sum_{t=0}^{n-1-k} (x_t - m)(x_{t+k} - m) / sum_{t=0}^{n-1} (x_t - m)^2,  m = mean(x)
 * </pre>
 *
 * the standard (biased, positive semi-definite) estimator of Box, Jenkins &amp; Reinsel, "Time
 * Series Analysis", ch. 2. All lags are computed at once through the Wiener-Khinchin theorem:
 * zero-pad x - m to a power of two of at least 2n (so the circular correlation equals the linear
 * one), take the FFT, its squared modulus, and the inverse FFT (commons-math3's
 * FastFourierTransformer).
 *
 * <p>Dominant period: the lag of the highest ACF value after the ACF first drops below zero,
 * searched up to n/2, if that value is at least max(0.1, 5 / sqrt(n)). A periodic component of
 * period P makes the ACF fall below zero near P/4 and peak again at P; a series without a cycle
 * (trend, random walk, noise) has none. The threshold keeps sampling noise out: for white noise the
 * sample ACF has standard deviation about 1 / sqrt(n) at every lag, and the largest of n/2 such
 * values reaches about 4 / sqrt(n); peaks below 0.1 are too weak to call a cycle in a report.
 */
public final class Autocorrelation {

    /** The smallest ACF peak reported as a dominant period. */
    public static final double MINIMUM_PEAK = 0.1;

    private Autocorrelation() {}

    /**
     * The sample ACF at lags {@code 0..maxLag} ({@code r_0 = 1}). A constant series has no defined
     * ACF: every entry is NaN.
     */
    public static double[] acf(double[] x, int maxLag) {
        int n = x.length;
        if (maxLag < 0 || maxLag >= n) {
            throw new IllegalArgumentException("maxLag must be in 0.." + (n - 1) + ", was " + maxLag);
        }
        double mean = StatUtils.mean(x);
        int size = Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
        double[] padded = new double[size];
        for (int t = 0; t < n; t++) {
            padded[t] = x[t] - mean;
        }
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        Complex[] spectrum = fft.transform(padded, TransformType.FORWARD);
        Complex[] power = new Complex[size];
        for (int f = 0; f < size; f++) {
            double re = spectrum[f].getReal();
            double im = spectrum[f].getImaginary();
            power[f] = new Complex(re * re + im * im, 0);
        }
        Complex[] autocovariance = fft.transform(power, TransformType.INVERSE);
        double r0 = autocovariance[0].getReal();
        double[] acf = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            acf[k] = r0 > 0 ? autocovariance[k].getReal() / r0 : Double.NaN;
        }
        return acf;
    }

    /** The sample ACF at one lag. */
    public static double at(double[] x, int lag) {
        return acf(x, lag)[lag];
    }

    /** The dominant period (see the file comment), searched over lags up to {@code n/2}. */
    public static OptionalInt dominantPeriod(double[] x) {
        if (x.length < 4) {
            return OptionalInt.empty();
        }
        double[] r = acf(x, x.length / 2);
        int firstNegative = -1;
        for (int k = 1; k < r.length; k++) {
            if (r[k] < 0) {
                firstNegative = k;
                break;
            }
        }
        if (firstNegative < 0) {
            return OptionalInt.empty();
        }
        int best = -1;
        for (int k = firstNegative + 1; k < r.length; k++) {
            if (best < 0 || r[k] > r[best]) {
                best = k;
            }
        }
        double threshold = Math.max(MINIMUM_PEAK, 5 / Math.sqrt(x.length));
        return best < 0 || !(r[best] >= threshold) ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
