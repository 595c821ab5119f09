package lstmbench.kernel;

import java.util.SplittableRandom;

/**
 * Seeded random weights, chunks and states for the kernel's tests.
 */
final class Fixtures {
    private Fixtures() {}

    static void fillUniform(FloatArray a, double bound, SplittableRandom rng) {
        for (int i = 0; i < a.length(); i++) {
            a.set(i, (float) ((2 * rng.nextDouble() - 1) * bound));
        }
    }

    /** Weights drawn wider than the initialiser's so every gate is exercised away from its linear range. */
    static ModelParams params(ModelDims dims, long seed) {
        ModelParams p = ModelParams.zeros(dims);
        SplittableRandom rng = new SplittableRandom(seed);
        for (FloatArray t : p.tensors()) {
            fillUniform(t, 0.6, rng);
        }
        return p;
    }

    /** Random inputs and targets; mask with about a quarter of the steps switched off (never all). */
    static Chunk chunk(ModelDims dims, int batch, int time, long seed) {
        Chunk c = Chunk.zeros(batch, time, dims.inputSize(), dims.outputSize());
        SplittableRandom rng = new SplittableRandom(seed);
        fillUniform(c.inputs(), 1.0, rng);
        fillUniform(c.targets(), 1.0, rng);
        for (int i = 0; i < c.mask().length(); i++) {
            c.mask().set(i, i == 0 || rng.nextDouble() > 0.25 ? 1f : 0f);
        }
        return c;
    }

    static LstmState state(int batch, int hidden, long seed) {
        LstmState s = LstmState.zeros(batch, hidden);
        SplittableRandom rng = new SplittableRandom(seed);
        fillUniform(s.h(), 0.8, rng);
        fillUniform(s.c(), 0.8, rng);
        return s;
    }
}
