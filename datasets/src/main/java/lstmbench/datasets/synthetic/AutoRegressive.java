package lstmbench.datasets.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import lstmbench.datasets.specstring.SpecParameters;

/**
 * Stationary AR(p) with coefficients {@code c_1..c_p} and noise standard deviation {@code sigma}.
 * Memory demand: {@code p} steps.
 *
 * <p>Autoregressive process of order p, AR(p):
 *
 * <pre>
 * x_t = sum_{i=1}^{p} c_i x_{t-i} + sigma e_t,   e_t ~ N(0, 1) i.i.d.
 * </pre>
 *
 * <p>Source: Box, Jenkins &amp; Reinsel, "Time Series Analysis", ch. 3. The coefficients must give
 * a stationary process; this is checked with the step-down (inverse Levinson-Durbin) recursion,
 * which turns c into partial autocorrelations k_m and is stationary iff every |k_m| &lt; 1:
 *
 * <pre>
 * k_m = a^(m)_m,   a^(m-1)_j = (a^(m)_j + k_m a^(m)_{m-j}) / (1 - k_m^2),   a^(p) = c.
 * </pre>
 *
 * <p>The recursion starts from zeros and the first BURN_IN_BASE + 100 p values are discarded so
 * the output is (to within rho^burn-in, rho the largest root modulus) a stationary sample.
 * Memory: the optimal one-step forecast is sum c_i x_{t-i}, which needs exactly p past values;
 * its error is sigma^2.
 *
 * @param coefficients c_1..c_p (stationary)
 * @param sigma noise standard deviation (> 0)
 */
public record AutoRegressive(List<Double> coefficients, double sigma) implements SyntheticProcess {

    /** Values discarded at the start, plus 100 per order. */
    public static final int BURN_IN_BASE = 1000;

    public AutoRegressive {
        coefficients = List.copyOf(coefficients);
        Generator.AR.require(!coefficients.isEmpty(), "coefficients", "at least one coefficient", coefficients);
        Generator.AR.require(sigma > 0, "sigma", "> 0", sigma);
        Generator.AR.require(
                isStationary(coefficients),
                "coefficients",
                "those of a stationary process (all partial autocorrelations of magnitude < 1)",
                coefficients);
    }

    /** Whether AR coefficients describe a stationary process (step-down recursion, see above). */
    public static boolean isStationary(List<Double> coefficients) {
        int p = coefficients.size();
        double[] a = coefficients.stream().mapToDouble(Double::doubleValue).toArray();
        for (int m = p; m >= 1; m--) {
            double k = a[m - 1];
            if (!(Math.abs(k) < 1)) {
                return false;
            }
            double[] lower = new double[m - 1];
            for (int j = 1; j <= m - 1; j++) {
                lower[j - 1] = (a[j - 1] + k * a[m - j - 1]) / (1 - k * k);
            }
            a = lower;
        }
        return true;
    }

    @Override
    public Generator generator() {
        return Generator.AR;
    }

    @Override
    public double[] generate(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int p = coefficients.size();
        int burnIn = BURN_IN_BASE + 100 * p;
        double[] c = coefficients.stream().mapToDouble(Double::doubleValue).toArray();
        double[] all = new double[burnIn + length];
        for (int t = 0; t < all.length; t++) {
            double value = sigma * random.nextGaussian();
            for (int i = 1; i <= p && i <= t; i++) {
                value += c[i - 1] * all[t - i];
            }
            all[t] = value;
        }
        return Arrays.copyOfRange(all, burnIn, all.length);
    }

    @Override
    public MemoryDemand memoryDemand() {
        return new MemoryDemand(
                coefficients.size(),
                "the optimal forecast sum c_i x_{t-i} uses exactly the last " + coefficients.size()
                        + " values; its error is sigma^2");
    }

    @Override
    public String parameterText() {
        return "coefficients=" + SpecParameters.format(coefficients) + "&sigma=" + SpecParameters.format(sigma);
    }
}
