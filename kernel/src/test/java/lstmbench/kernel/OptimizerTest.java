package lstmbench.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Optimisers and clipping against updates computed by hand.
 */
class OptimizerTest {
    static final ModelDims DIMS = new ModelDims(1, 1, 1);

    static ModelParams filled(float v) {
        ModelParams p = ModelParams.zeros(DIMS);
        p.fill(v);
        return p;
    }

    @Test
    void sgdWithMomentumAccumulatesVelocity() {
        ModelParams w = filled(1f), g = filled(0.5f);
        SgdMomentum sgd = new SgdMomentum(DIMS, 0.1, 0.9);
        sgd.step(w, g); // v = 0.5, w = 1 - 0.05
        assertEquals(0.95f, w.lstm().wh().get(0), 1e-7f);
        sgd.step(w, g); // v = 0.9 * 0.5 + 0.5 = 0.95, w = 0.95 - 0.095
        assertEquals(0.855f, w.head().output().b().get(0), 1e-6f);
    }

    @Test
    void adamFirstStepMovesEachWeightByTheLearningRate() {
        ModelParams w = filled(1f), g = filled(0.5f);
        g.lstm().b().fill(-3f);
        Adam adam = new Adam(DIMS, 0.01);
        adam.step(w, g);
        // bias-corrected m / sqrt(v) = sign(g) on the first step
        assertEquals(0.99f, w.lstm().wx().get(0), 1e-6f);
        assertEquals(1.01f, w.lstm().b().get(0), 1e-6f);
    }

    @Test
    void adamSecondStepMatchesTheTextbookFormula() {
        ModelParams w = filled(0f), g = filled(1f);
        Adam adam = new Adam(DIMS, 0.1);
        adam.step(w, g);
        g.fill(-2f);
        adam.step(w, g);
        double m = 0.9 * 0.1 + 0.1 * -2, v = 0.999 * 0.001 + 0.001 * 4;
        double mHat = m / (1 - 0.81), vHat = v / (1 - 0.999 * 0.999);
        double expected = -0.1 - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
        assertEquals(expected, w.head().output().w().get(0), 1e-6);
    }

    @Test
    void clippingScalesTheGlobalNormDownAndReportsTheNormBefore() {
        ModelParams g = filled(2f);
        double n = Math.sqrt(DIMS.parameterCount() * 4.0);
        assertEquals(n, GradientClipping.clipGlobalNorm(g, 1.0), 1e-6);
        assertEquals(1.0, g.globalNorm(), 1e-6);
        ModelParams small = filled(0.01f);
        GradientClipping.clipGlobalNorm(small, 1.0);
        assertEquals(0.01f, small.lstm().wx().get(0));
    }
}
