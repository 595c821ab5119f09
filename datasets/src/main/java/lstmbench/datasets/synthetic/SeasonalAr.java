package lstmbench.datasets.synthetic;

import java.util.SplittableRandom;
import lstmbench.datasets.specstring.SpecParameters;

/**
 * Seasonal AR(1) at lag {@code L}: {@code s_t = phi s_{t-L} + sigma e_t}. Memory demand: {@code L}
 * steps. Reference errors: {@link #noiseFloorMse()} = sigma^2, {@link #withoutLagMse()} = sigma^2
 * / (1 - phi^2), explained fraction phi^2.
 *
 * <p>Seasonal AR with one planted lag: the project's main memory probe.
 *
 * <pre>
 * s_t = phi s_{t-L} + sigma e_t,   e_t ~ N(0, 1) i.i.d.,   |phi| &lt; 1, L &gt;= 1.
 * </pre>
 *
 * <p>Source: a pure seasonal AR(1) with period L and no non-seasonal part, i.e. the multiplicative
 * seasonal model with the single factor (1 - phi B^L) (Box, Jenkins &amp; Reinsel, "Time Series
 * Analysis", chapter on seasonal models).
 *
 * <p>Start: the first L values are drawn from the stationary law N(0, sigma^2 / (1 - phi^2)), so
 * the series is exactly stationary from t = 0 (no burn-in).
 *
 * <p>Reference errors (derived for the stationary process):
 *
 * <ul>
 * <li>The process is L interleaved, mutually independent AR(1) chains: chain r holds s_r, s_{r+L},
 * s_{r+2L}, ... and each obeys u_j = phi u_{j-1} + sigma e_j. Its stationary variance is
 * Var(s) = phi^2 Var(s) + sigma^2, so Var(s) = sigma^2 / (1 - phi^2).
 * <li>With the lag visible: E[s_t | past] = phi s_{t-L} (the chain is Markov, so older values add
 * nothing), and the error is s_t - phi s_{t-L} = sigma e_t: MSE = sigma^2 (the noise floor).
 * <li>Without the lag (a model that sees only s_{t-1}, ..., s_{t-m} with m &lt; L): those values
 * lie in the other L - 1 chains, independent of s_t's chain (for m &lt; L no value of s_t's own
 * chain is among them), so the best forecast is the mean 0 and
 * MSE = Var(s) = sigma^2 / (1 - phi^2).
 * <li>Fraction of variance explained by the lag: 1 - sigma^2 / (sigma^2 / (1 - phi^2)) = phi^2.
 * <li>Autocorrelation: rho_{jL} = phi^j and rho_k = 0 for k not a multiple of L.
 * </ul>
 *
 * <p>(A model that sees only s_{t-2L} would get sigma^2 (1 + phi^2); not used here.)
 *
 * <p>Memory: exactly L steps.
 *
 * @param lag the planted lag L (>= 1)
 * @param phi the coefficient (|phi| &lt; 1)
 * @param sigma the noise standard deviation (> 0)
 */
public record SeasonalAr(int lag, double phi, double sigma) implements SyntheticProcess {

    public SeasonalAr {
        Generator.SEASONAL_AR.require(lag >= 1, "lag", ">= 1", lag);
        Generator.SEASONAL_AR.require(Math.abs(phi) < 1, "phi", "strictly between -1 and 1", phi);
        Generator.SEASONAL_AR.require(sigma > 0, "sigma", "> 0", sigma);
    }

    @Override
    public Generator generator() {
        return Generator.SEASONAL_AR;
    }

    @Override
    public double[] generate(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double stationaryStd = Math.sqrt(stationaryVariance());
        double[] s = new double[length];
        for (int t = 0; t < length; t++) {
            s[t] = t < lag ? stationaryStd * random.nextGaussian() : phi * s[t - lag] + sigma * random.nextGaussian();
        }
        return s;
    }

    /** sigma^2 / (1 - phi^2). */
    public double stationaryVariance() {
        return sigma * sigma / (1 - phi * phi);
    }

    /** sigma^2: the one-step MSE of the optimal forecast phi s_{t-L}. */
    public double noiseFloorMse() {
        return sigma * sigma;
    }

    /** sigma^2 / (1 - phi^2): the best one-step MSE for a model that sees fewer than L steps back. */
    public double withoutLagMse() {
        return stationaryVariance();
    }

    /** phi^2: the fraction of the variance explained by seeing the lag. */
    public double explainedByLag() {
        return phi * phi;
    }

    /** All three reference errors in one value. */
    public SeasonalArReferences references() {
        return new SeasonalArReferences(noiseFloorMse(), withoutLagMse(), explainedByLag());
    }

    @Override
    public MemoryDemand memoryDemand() {
        return new MemoryDemand(
                lag,
                "the optimal forecast phi*s_{t-" + lag + "} needs the value " + lag
                        + " steps back; any shorter memory sees only independent chains and can do no better"
                        + " than the mean (explains 0 instead of phi^2 of the variance)");
    }

    @Override
    public String parameterText() {
        return "lag=" + lag + "&phi=" + SpecParameters.format(phi) + "&sigma=" + SpecParameters.format(sigma);
    }
}
