package lstmbench.kernel;

import java.util.List;

/**
 * Weights of the dense output head that maps each step's hidden vector to K outputs:
 *
 * <pre>
 * w [H, K], b [1, K];   y = h w + b
 * </pre>
 *
 * <p>The same record type holds the gradients of these weights.
 */
public record DenseParams(FloatArray w, FloatArray b) {

    public DenseParams {
        b.requireShape("b", 1, w.shape()[1]);
    }

    public static DenseParams zeros(int hiddenSize, int outputSize) {
        return new DenseParams(FloatArray.zeros(hiddenSize, outputSize), FloatArray.zeros(1, outputSize));
    }

    public int inputSize() {
        return (int) w.shape()[0];
    }

    public int outputSize() {
        return (int) w.shape()[1];
    }

    /** The tensors in a fixed order: w, b. */
    public List<FloatArray> tensors() {
        return List.of(w, b);
    }
}
