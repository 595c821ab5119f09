package lstmbench.strategies.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The memory horizon read from constructed curves: the 1% threshold, censoring, a flat curve.
 */
class SensitivityCurveTest {
    @Test
    void horizonIsOnePastTheLastLagAtOrAboveOnePercentOfThePeak() {
        SensitivityCurve c = new SensitivityCurve(new double[] {0.5, 2.0, 0.009, 0.03, 0.0199, 0.001, 0}, 4);
        assertArrayEquals(new double[] {0.25, 1.0, 0.0045, 0.015, 0.00995, 0.0005, 0}, c.normalized(), 1e-12);
        assertEquals(1, c.peakLag());
        assertEquals(4, c.horizon());
        assertFalse(c.censored());
    }

    @Test
    void aCurveAboveOnePercentAtTheLastLagIsCensoredAtKPlusOne() {
        SensitivityCurve c = new SensitivityCurve(new double[] {1, 0.5, 0.25}, 1);
        assertEquals(3, c.horizon());
        assertTrue(c.censored());
    }

    @Test
    void aModelThatIgnoresItsInputHasHorizonZero() {
        SensitivityCurve c = new SensitivityCurve(new double[] {0, 0, 0}, 1);
        assertEquals(0, c.horizon());
        assertArrayEquals(new double[] {0, 0, 0}, c.normalized());
    }
}
