package lstmbench.datasets.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lstmbench.datasets.DatasetException;
import lstmbench.datasets.stats.Autocorrelation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/**
 * Seasonal AR is the memory probe, so its claims are checked from the samples: autocorrelation phi
 * at the planted lag and ~0 at lags that are not multiples of it; the optimal forecast reaches the
 * stated noise floor; the best linear forecast from the L-1 most recent values explains nothing;
 * the exposed reference errors are exactly sigma^2 and sigma^2 / (1 - phi^2).
 */
class SeasonalArTest {

    private static final int N = 20_000;

    @Test
    void autocorrelationIsPhiAtTheLagAndNearZeroElsewhere() {
        SeasonalAr process = new SeasonalAr(16, 0.8, 1.0);
        double[] s = process.generate(N, 11);
        double[] r = Autocorrelation.acf(s, 47);
        assertEquals(0.8, r[16], 0.03);
        assertEquals(0.64, r[32], 0.05);
        // Bartlett: Var(r_k) ~ (1 + 2 sum_j rho_j^2) / n for k beyond the correlated lags.
        double bound = 4.5 * Math.sqrt((1 + 2 * 0.64 / (1 - 0.64)) / N);
        for (int k = 1; k <= 47; k++) {
            if (k % 16 != 0) {
                int lag = k;
                assertTrue(Math.abs(r[k]) < bound, () -> "acf at lag " + lag + " = " + r[lag]);
            }
        }
    }

    @Test
    void optimalForecastReachesTheNoiseFloorAndVarianceIsTheWithoutLagError() {
        SeasonalAr process = new SeasonalAr(32, 0.9, 2.0);
        double[] s = process.generate(N, 5);
        double squaredError = 0;
        double squares = 0;
        for (int t = 32; t < N; t++) {
            double residual = s[t] - 0.9 * s[t - 32];
            squaredError += residual * residual;
            squares += s[t] * s[t];
        }
        int count = N - 32;
        assertEquals(process.noiseFloorMse(), squaredError / count, 0.04 * process.noiseFloorMse());
        assertEquals(process.withoutLagMse(), squares / count, 0.1 * process.withoutLagMse());
    }

    @Test
    void recentValuesShorterThanTheLagExplainNothingButTheLagExplainsPhiSquared() {
        int lag = 8;
        SeasonalAr process = new SeasonalAr(lag, 0.9, 1.0);
        double[] s = process.generate(N, 3);
        // True R^2 is 0; the sample R^2 of m useless regressors is about m (1 + phi^2) / ((1 - phi^2) N)
        // (Bartlett's variance of a cross-correlation between two AR(1) chains), 0.0033 here.
        double spurious = (lag - 1) * (1 + 0.81) / ((1 - 0.81) * N);
        assertTrue(rSquared(s, lag - 1, false) < 5 * spurious, "R^2 without the lag");
        assertEquals(process.explainedByLag(), rSquared(s, lag - 1, true), 0.02);
    }

    /** R^2 of the OLS regression of s_t on s_{t-1..t-m}, plus s_{t-L} when withLag. */
    private static double rSquared(double[] s, int m, boolean withLag) {
        int start = m + 1;
        int rows = s.length - start;
        int columns = m + (withLag ? 1 : 0);
        double[] y = new double[rows];
        double[][] x = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            int t = start + i;
            y[i] = s[t];
            for (int j = 1; j <= m; j++) {
                x[i][j - 1] = s[t - j];
            }
            if (withLag) {
                x[i][m] = s[t - (m + 1)];
            }
        }
        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        regression.newSampleData(y, x);
        return regression.calculateRSquared();
    }

    @Test
    void referenceErrorsAreExact() {
        SeasonalArReferences references = new SeasonalAr(64, 0.9, 2.0).references();
        assertEquals(4.0, references.noiseFloorMse(), 1e-12);
        assertEquals(4.0 / 0.19, references.withoutLagMse(), 1e-12);
        assertEquals(0.81, references.explainedByLag(), 1e-12);
        assertEquals(0.19, references.standardizedNoiseFloorMse(), 1e-12);
    }

    @Property(tries = 200)
    void explainedFractionIsOneMinusFloorOverWithoutLag(
            @ForAll @DoubleRange(min = -0.99, max = 0.99) double phi,
            @ForAll @DoubleRange(min = 0.01, max = 100) double sigma) {
        SeasonalAr process = new SeasonalAr(4, phi, sigma);
        assertEquals(phi * phi, process.explainedByLag(), 1e-12);
        assertEquals(1 - process.noiseFloorMse() / process.withoutLagMse(), process.explainedByLag(), 1e-9);
        assertEquals(process.lag(), process.memoryDemand().steps());
    }

    @Test
    void nonStationaryPhiIsRejectedWithTheParameterNamed() {
        DatasetException error = assertThrows(DatasetException.class, () -> new SeasonalAr(8, 1.0, 1));
        assertTrue(error.getMessage().contains("'phi'"), error.getMessage());
        assertTrue(error.getMessage().contains("seasonal-ar"), error.getMessage());
    }
}
