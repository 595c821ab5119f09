package lstmbench.datasets.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.stats.Autocorrelation;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

/**
 * Each of the other generators is checked for a property that proves it is the process it claims:
 * AR(p) coefficients recovered by Yule-Walker; a sine's period found by the ACF; Mackey-Glass on
 * its known attractor range and satisfying its delay equation; NARMA-10 bounded and obeying its
 * recurrence exactly; random-walk increments uncorrelated with the stated variance.
 */
class ProcessPropertiesTest {

    @Test
    void autoRegressiveCoefficientsAreRecoveredByYuleWalker() {
        List<Double> c = List.of(0.6, -0.3, 0.1);
        double[] x = new AutoRegressive(c, 1.0).generate(30_000, 2);
        double[] r = Autocorrelation.acf(x, 3);
        double[][] toeplitz = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                toeplitz[i][j] = r[Math.abs(i - j)];
            }
        }
        RealVector estimate = new LUDecomposition(new Array2DRowRealMatrix(toeplitz))
                .getSolver()
                .solve(new ArrayRealVector(new double[] {r[1], r[2], r[3]}));
        for (int i = 0; i < 3; i++) {
            assertEquals(c.get(i), estimate.getEntry(i), 0.03, "c_" + (i + 1));
        }
        assertEquals(1.0 / (1 - 0.6 * r[1] + 0.3 * r[2] - 0.1 * r[3]), StatUtils.variance(x), 0.1);
    }

    @Test
    void nonStationaryAutoRegressiveCoefficientsAreRejected() {
        assertFalse(AutoRegressive.isStationary(List.of(1.2)));
        assertFalse(AutoRegressive.isStationary(List.of(0.5, 0.5)));
        assertFalse(AutoRegressive.isStationary(List.of(0.2, -1.0)));
        assertTrue(AutoRegressive.isStationary(List.of(0.6, -0.3)));
        assertTrue(AutoRegressive.isStationary(List.of(1.8, -0.9)));
        DatasetException error = assertThrows(DatasetException.class, () -> new AutoRegressive(List.of(0.5, 0.5), 1));
        assertTrue(error.getMessage().contains("stationary"), error.getMessage());
    }

    @Test
    void sineMixtureHasItsPeriodAndTheSignalToNoiseAutocorrelation() {
        double[] x = new SineMixture(List.of(50.0), List.of(1.0), 0.3).generate(20_000, 4);
        assertEquals(OptionalInt.of(50), Autocorrelation.dominantPeriod(x));
        double expected = 0.5 / (0.5 + 0.09);
        assertEquals(expected, Autocorrelation.at(x, 50), 0.02);
        assertEquals(-expected, Autocorrelation.at(x, 25), 0.02);
    }

    @Test
    void mackeyGlassStaysOnItsKnownAttractorRange() {
        for (long seed = 1; seed <= 3; seed++) {
            double[] x = new MackeyGlass(17, 1, 0.1).generate(5_000, seed);
            double min = StatUtils.min(x);
            double max = StatUtils.max(x);
            assertTrue(min > 0.38 && min < 0.5, "min " + min);
            assertTrue(max > 1.25 && max < 1.36, "max " + max);
        }
    }

    @Test
    void mackeyGlassSatisfiesItsDelayEquation() {
        double h = 0.1;
        double[] x = new MackeyGlass(17, h, h).generate(3_000, 1);
        int delay = 170;
        double worst = 0;
        for (int t = delay + 1; t < x.length - 1; t++) {
            double derivative = (x[t + 1] - x[t - 1]) / (2 * h);
            double delayed = x[t - delay];
            double rightSide = 0.2 * delayed / (1 + Math.pow(delayed, 10)) - 0.1 * x[t];
            worst = Math.max(worst, Math.abs(derivative - rightSide));
        }
        assertTrue(worst < 1e-3, "largest residual " + worst);
    }

    @Test
    void narma10StaysWithinItsBoundsForManySeeds() {
        Narma10 process = new Narma10(0.5);
        for (long seed = 1; seed <= 10; seed++) {
            double[] y = process.generate(20_000, seed);
            assertTrue(StatUtils.min(y) >= Math.tanh(0.1) - 1e-12, "seed " + seed);
            assertTrue(StatUtils.max(y) < 1, "seed " + seed);
        }
    }

    @Test
    void narma10ObeysItsRecurrence() {
        Narma10.InputOutput run = new Narma10(0.5).generateWithInputs(500, 9);
        double[] u = run.input();
        double[] y = run.output();
        for (int t = 9; t + 1 < y.length; t++) {
            double sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += y[t - i];
            }
            double expected = Math.tanh(0.3 * y[t] + 0.05 * y[t] * sum + 1.5 * u[t - 9] * u[t] + 0.1);
            assertEquals(expected, y[t + 1], 1e-15, "t = " + t);
        }
    }

    @Test
    void randomWalkIncrementsAreUncorrelatedWithTheStatedVarianceAndDrift() {
        int n = 20_000;
        double[] x = new RandomWalk(2.0, 0.5).generate(n, 6);
        double[] increments = new double[n - 1];
        for (int t = 1; t < n; t++) {
            increments[t - 1] = x[t] - x[t - 1];
        }
        assertEquals(4.0, StatUtils.variance(increments), 0.15);
        assertEquals(0.5, StatUtils.mean(increments), 0.05);
        double[] r = Autocorrelation.acf(increments, 10);
        double bound = 4 / Math.sqrt(n);
        for (int k = 1; k <= 10; k++) {
            assertTrue(Math.abs(r[k]) < bound, "increment acf at lag " + k + " = " + r[k]);
        }
        assertTrue(Autocorrelation.at(x, 1) > 0.99, "the walk itself is persistent");
        assertTrue(Arrays.stream(x).allMatch(Double::isFinite));
    }
}
