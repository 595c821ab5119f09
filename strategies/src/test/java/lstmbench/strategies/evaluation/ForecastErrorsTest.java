package lstmbench.strategies.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.split.SplitFractions;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.ModelDims;
import org.junit.jupiter.api.Test;

/**
 * The metrics against hand-computed values: MSE and MAE on both scales (scaled = original / std),
 * MASE against the in-sample one-step naive MAE of the training part, and the persistence forecast
 * scored on the same targets. A linear ramp makes every number exact.
 */
class ForecastErrorsTest {
    /** x_t = 2 t: every one-step change is 2. */
    static final ForecastData RAMP = ForecastData.of(TimeSeries.of("ramp", ramp(100), "test"), SplitFractions.DEFAULT);

    static double[] ramp(int n) {
        double[] v = new double[n];
        for (int t = 0; t < n; t++) {
            v[t] = 2 * t;
        }
        return v;
    }

    @Test
    void naiveMaeIsTheMeanAbsoluteStepOfTheTrainingPart() {
        assertEquals(2.0, RAMP.naiveMae(), 1e-12);
        assertEquals(70, RAMP.trainLength());
    }

    @Test
    void errorsOnBothScalesAndMaseFollowTheirDefinitions() {
        int from = RAMP.validationStart();
        double std = RAMP.scaler().std();
        double[] predicted = new double[3];
        for (int i = 0; i < 3; i++) {
            // original forecast = actual + 1, so every original error is -1
            predicted[i] = RAMP.scaler().transform(RAMP.original(from + i) + 1);
        }
        ForecastErrors e = ForecastErrors.of(RAMP, from, predicted);
        assertEquals(1.0, e.mseOriginal(), 1e-4);
        assertEquals(1.0, e.maeOriginal(), 1e-4);
        assertEquals(1.0 / (std * std), e.mseScaled(), 1e-4);
        assertEquals(1.0 / std, e.maeScaled(), 1e-4);
        assertEquals(0.5, e.mase(), 1e-4);
    }

    @Test
    void persistenceOnARampMissesByOneStepEverywhere() {
        PartErrors test = Evaluator.evaluate(Initializer.initialize(new ModelDims(1, 3, 1), 1), RAMP, Part.TEST, 5);
        assertEquals(4.0, test.persistence().mseOriginal(), 1e-3);
        assertEquals(2.0, test.persistence().maeOriginal(), 1e-3);
        assertEquals(1.0, test.persistence().mase(), 1e-3);
        assertEquals(Part.TEST, test.part());
        assertEquals(5, test.window());
    }
}
