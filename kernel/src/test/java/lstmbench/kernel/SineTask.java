package lstmbench.kernel;

import java.util.SplittableRandom;

/**
 * A tiny next-step forecasting task for the kernel's learning and determinism tests:
 * s_t = sin(2 pi t / 25) + 0.05 N(0, 1); training chunks are drawn at seeded random offsets from
 * the first 2,000 points, validation is the next 500 points as one sequence from zero state,
 * counting steps after a 10-step warm-up.
 */
final class SineTask {
    static final ModelDims DIMS = new ModelDims(1, 16, 1);
    static final int TRAIN = 2000;
    static final int VALID = 500;
    static final int B = 8;
    static final int T = 25;

    final float[] series = new float[TRAIN + VALID + 1];
    final Chunk validation;
    final Network.Workspace validationWs = new Network.Workspace(DIMS, 1, VALID);

    SineTask(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int t = 0; t < series.length; t++) {
            series[t] = (float) (Math.sin(2 * Math.PI * t / 25) + 0.05 * gaussian(rng));
        }
        validation = Chunk.zeros(1, VALID, 1, 1);
        for (int t = 0; t < VALID; t++) {
            validation.inputs().set(t, series[TRAIN + t - 1]);
            validation.targets().set(t, series[TRAIN + t]);
            validation.mask().set(t, t >= 10 ? 1f : 0f);
        }
    }

    static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    void fillTrainingChunk(Chunk c, SplittableRandom rng) {
        for (int b = 0; b < B; b++) {
            int start = rng.nextInt(TRAIN - T - 1);
            for (int t = 0; t < T; t++) {
                c.inputs().set(b * T + t, series[start + t]);
                c.targets().set(b * T + t, series[start + t + 1]);
            }
        }
        c.mask().fill(1f);
    }

    double validationLoss(ModelParams p) {
        return Network.forward(p, validation, LstmState.zeros(1, DIMS.hiddenSize()), validationWs);
    }

    /** Trains with Adam and clipping; returns the validation loss after each step. */
    double[] train(ModelParams p, int steps, double lr, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Adam adam = new Adam(DIMS, lr);
        Network.Workspace ws = new Network.Workspace(DIMS, B, T);
        Chunk c = Chunk.zeros(B, T, 1, 1);
        ModelParams g = p.zerosLike();
        LstmState zero = LstmState.zeros(B, DIMS.hiddenSize());
        double[] valid = new double[steps];
        for (int s = 0; s < steps; s++) {
            fillTrainingChunk(c, rng);
            g.fill(0f);
            Network.forward(p, c, zero, ws);
            Network.backward(p, c, zero, ws, g);
            GradientClipping.clipGlobalNorm(g, 1.0);
            adam.step(p, g);
            valid[s] = validationLoss(p);
        }
        return valid;
    }
}
