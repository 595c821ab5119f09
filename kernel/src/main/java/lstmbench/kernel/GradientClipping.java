package lstmbench.kernel;

/**
 * Global gradient-norm clipping (Pascanu, Mikolov &amp; Bengio 2013): when the Euclidean norm of
 * all gradients together exceeds maxNorm, every gradient is scaled by maxNorm / norm.
 */
public final class GradientClipping {
    private GradientClipping() {}

    /** Clips {@code grads} in place and returns their global norm before clipping. */
    public static double clipGlobalNorm(ModelParams grads, double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("clipping norm must be > 0, got " + maxNorm);
        }
        double norm = grads.globalNorm();
        if (norm > maxNorm) {
            float factor = (float) (maxNorm / norm);
            for (FloatArray t : grads.tensors()) {
                t.scale(factor);
            }
        }
        return norm;
    }
}
