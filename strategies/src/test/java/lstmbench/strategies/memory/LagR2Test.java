package lstmbench.strategies.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.split.SplitFractions;
import lstmbench.datasets.split.ZScoreScaler;
import lstmbench.datasets.synthetic.SeasonalAr;
import lstmbench.datasets.synthetic.SeasonalArReferences;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import org.junit.jupiter.api.Test;

/**
 * The lag R^2 against the seasonal-AR generator's exact references: 0 for a model that predicts
 * as if the lag did not exist, 1 at the noise floor, exactly on the references and, on a long
 * generated series, for the two forecasters that attain them (the mean 0 and phi s_{t-L}); and
 * onTargets, the references the probe uses, are those two forecasters' MSEs on the test targets.
 */
class LagR2Test {
    static final SeasonalAr PROCESS = new SeasonalAr(12, 0.9, 2.0);
    static final SeasonalArReferences REF = PROCESS.references();

    @Test
    void isZeroAtTheWithoutLagErrorAndOneAtTheNoiseFloor() {
        assertEquals(0.0, LagR2.of(REF.withoutLagMse(), REF), 1e-12);
        assertEquals(1.0, LagR2.of(REF.noiseFloorMse(), REF), 1e-12);
        assertEquals(0.5, LagR2.of((REF.withoutLagMse() + REF.noiseFloorMse()) / 2, REF), 1e-12);
        assertEquals(
                -1.0,
                LagR2.of(2 * REF.withoutLagMse() - REF.noiseFloorMse(), REF),
                1e-12,
                "worse than the mean is below 0, not clipped");
    }

    @Test
    void theMeanForecastScoresZeroAndTheOptimalForecastOneOnALongSeries() {
        double[] s = PROCESS.generate(400_000, 11);
        double blind = 0, optimal = 0;
        int n = 0;
        for (int t = PROCESS.lag(); t < s.length; t++, n++) {
            blind += s[t] * s[t];
            double e = s[t] - PROCESS.phi() * s[t - PROCESS.lag()];
            optimal += e * e;
        }
        assertEquals(0.0, LagR2.of(blind / n, REF), 0.02);
        assertEquals(1.0, LagR2.of(optimal / n, REF), 0.02);
    }

    @Test
    void aScaledMseIsConvertedWithTheScalerBeforeComparing() {
        ZScoreScaler scaler = new ZScoreScaler(3.0, 4.0);
        double original = 0.7 * REF.withoutLagMse() + 0.3 * REF.noiseFloorMse();
        assertEquals(LagR2.of(original, REF), LagR2.ofScaled(original / 16.0, scaler, REF), 1e-12);
        assertEquals(0.7 * 0 + 0.3 * 1, LagR2.of(original, REF), 1e-12);
    }

    @Test
    void onTargetsScoresTheGeneratorsTwoForecastersOnTheSameTargets() {
        double[] s = PROCESS.generate(3000, 5);
        ForecastData data = ForecastData.of(TimeSeries.of("seasonal-ar", s, "test"), SplitFractions.DEFAULT);
        SeasonalArReferences on = LagR2.onTargets(PROCESS, data, Part.TEST);
        double blind = 0, floor = 0;
        for (int t = data.testStart(); t < s.length; t++) {
            blind += s[t] * s[t];
            floor += Math.pow(s[t] - 0.9 * s[t - 12], 2);
        }
        int n = s.length - data.testStart();
        assertEquals(blind / n, on.withoutLagMse(), 1e-9);
        assertEquals(floor / n, on.noiseFloorMse(), 1e-9);
        assertEquals(0.0, LagR2.of(blind / n, on), 1e-12);
        assertEquals(1.0, LagR2.of(floor / n, on), 1e-12);
    }

    @Test
    void refusesAProcessWhoseLagExplainsNothing() {
        SeasonalArReferences none = new SeasonalAr(3, 0.0, 1.0).references();
        assertThrows(IllegalArgumentException.class, () -> LagR2.of(1.0, none));
    }
}
