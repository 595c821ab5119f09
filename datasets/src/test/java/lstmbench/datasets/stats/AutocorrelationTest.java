package lstmbench.datasets.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.named.DataDirectory;
import lstmbench.datasets.named.NamedDataset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Tests the FFT-based ACF against the direct sum, and the dominant period on series whose period is
 * known (a pure sine, the real Melbourne and sunspot series) and on series that have none.
 */
class AutocorrelationTest {

    private static double[] directAcf(double[] x, int maxLag) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double r0 = 0;
        for (double v : x) {
            r0 += (v - mean) * (v - mean);
        }
        double[] r = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            double s = 0;
            for (int t = 0; t + k < x.length; t++) {
                s += (x[t] - mean) * (x[t + k] - mean);
            }
            r[k] = s / r0;
        }
        return r;
    }

    @Property(tries = 50)
    void fftAcfEqualsTheDirectSum(
            @ForAll @Size(min = 3, max = 200) java.util.List<@DoubleRange(min = -100, max = 100) Double> values) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] direct = directAcf(x, x.length - 1);
        if (Double.isNaN(direct[0])) {
            return;
        }
        assertArrayEquals(direct, Autocorrelation.acf(x, x.length - 1), 1e-9);
    }

    @Test
    void dominantPeriodOfASineIsItsPeriod() {
        double[] x = new double[2000];
        for (int t = 0; t < x.length; t++) {
            x[t] = Math.sin(2 * Math.PI * t / 50.0);
        }
        assertEquals(OptionalInt.of(50), Autocorrelation.dominantPeriod(x));
    }

    @Test
    void aLinearTrendHasNoDominantPeriod() {
        double[] x = new double[500];
        for (int t = 0; t < x.length; t++) {
            x[t] = t;
        }
        assertEquals(OptionalInt.empty(), Autocorrelation.dominantPeriod(x));
    }

    @Test
    void noiseHasNoDominantPeriodEvenThoughItsAcfWiggles() {
        SplittableRandom random = new SplittableRandom(12);
        double[] x = new double[10_000];
        for (int t = 0; t < x.length; t++) {
            x[t] = random.nextGaussian();
        }
        assertEquals(OptionalInt.empty(), Autocorrelation.dominantPeriod(x));
    }

    @Test
    void constantSeriesHasUndefinedAcf() {
        assertTrue(Double.isNaN(Autocorrelation.at(new double[] {3, 3, 3, 3}, 1)));
        assertEquals(OptionalInt.empty(), Autocorrelation.dominantPeriod(new double[] {3, 3, 3, 3}));
    }

    @Test
    void realSeriesShowTheirPublishedCycles() {
        DataDirectory data = DataDirectory.bundled();
        int melbourne = SummaryStatistics.of(NamedDataset.MELBOURNE_MIN_TEMP.load(data, MissingPolicy.ERROR))
                .dominantPeriod()
                .orElseThrow();
        assertTrue(Math.abs(melbourne - 365) <= 5, "Melbourne period " + melbourne);
        int sunspots = SummaryStatistics.of(NamedDataset.SUNSPOTS.load(data, MissingPolicy.ERROR))
                .dominantPeriod()
                .orElseThrow();
        assertTrue(sunspots >= 110 && sunspots <= 140, "sunspot period " + sunspots);
        int hourlyTemperature = SummaryStatistics.of(NamedDataset.POLLUTION_TEMP.load(data, MissingPolicy.ERROR))
                .dominantPeriod()
                .orElseThrow();
        assertTrue(Math.abs(hourlyTemperature - 8766) < 400, "Beijing temperature period " + hourlyTemperature);
    }

    @Test
    void summaryReportsMomentsExtremesAndMissingCount() {
        SplittableRandom random = new SplittableRandom(3);
        double[] x = new double[1000];
        for (int t = 0; t < x.length; t++) {
            x[t] = 5 + 2 * random.nextGaussian();
        }
        SummaryStatistics s = SummaryStatistics.of(TimeSeries.of("noise", x, "test"));
        assertEquals(1000, s.length());
        assertEquals(5, s.mean(), 0.2);
        assertEquals(2, s.std(), 0.15);
        assertTrue(s.min() < s.mean() && s.mean() < s.max());
        assertEquals(0, s.missingCount());
        assertEquals(0, s.lag1Autocorrelation(), 0.1);
    }

    @Test
    void summaryOfPm25CountsItsMissingValues() {
        SummaryStatistics s = SummaryStatistics.of(
                NamedDataset.POLLUTION_PM25.load(DataDirectory.bundled(), MissingPolicy.INTERPOLATE));
        assertEquals(2_067, s.missingCount());
        assertEquals(43_824, s.length());
        assertTrue(s.lag1Autocorrelation() > 0.9, "hourly PM2.5 is strongly persistent");
    }
}
