package lstmbench.kernel;

import java.util.SplittableRandom;

/**
 * Seeded initialisation of the model's weights, the same on every machine
 * (java.util.SplittableRandom, not ND4J's native RNG):
 *
 * <pre>
 * LSTM wx, wh, b ~ U(-1/sqrt(H), 1/sqrt(H)), as PyTorch's nn.LSTM does;
 * then the forget-gate block of b is set to 1 (Gers, Schmidhuber &amp; Cummins 2000; Jozefowicz et
 * al. 2015 show it helps learn long dependencies);
 * head w ~ U(-1/sqrt(H), 1/sqrt(H)), head b = 0;
 * each further head layer (an MLP head): w ~ U(-1/sqrt(n_in), 1/sqrt(n_in)) with n_in its input
 * width, as PyTorch's nn.Linear draws it, b = 0.
 * </pre>
 *
 * <p>The draws come in tensors() order, so the default dense head gets the same weights it always had.
 */
public final class Initializer {
    public static final float FORGET_BIAS = 1f;

    private Initializer() {}

    public static ModelParams initialize(ModelDims dims, long seed) {
        ModelParams p = ModelParams.zeros(dims);
        SplittableRandom rng = new SplittableRandom(seed);
        float bound = (float) (1.0 / Math.sqrt(dims.hiddenSize()));
        uniform(p.lstm().wx(), bound, rng);
        uniform(p.lstm().wh(), bound, rng);
        uniform(p.lstm().b(), bound, rng);
        int h = dims.hiddenSize();
        for (int j = h; j < 2 * h; j++) {
            p.lstm().b().set(j, FORGET_BIAS);
        }
        for (DenseParams layer : p.head().layers()) {
            uniform(layer.w(), (float) (1.0 / Math.sqrt(layer.inputSize())), rng);
        }
        return p;
    }

    static void uniform(FloatArray a, float bound, SplittableRandom rng) {
        for (int i = 0, n = a.length(); i < n; i++) {
            a.set(i, (float) ((2 * rng.nextDouble() - 1) * bound));
        }
    }
}
