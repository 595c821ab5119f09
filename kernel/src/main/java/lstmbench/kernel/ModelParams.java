package lstmbench.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * All trainable weights of the model: one LSTM layer and its head (HeadParams). The same record type
 * holds gradients (see zerosLike). Optimisers and clipping work on tensors(), a fixed order.
 */
public record ModelParams(LstmParams lstm, HeadParams head) {

    public ModelParams {
        if (lstm.hiddenSize() != head.inputSize()) {
            throw new IllegalArgumentException(
                    "head expects " + head.inputSize() + " inputs but the LSTM has hidden size " + lstm.hiddenSize());
        }
    }

    public static ModelParams zeros(ModelDims dims) {
        return new ModelParams(
                LstmParams.zeros(dims.inputSize(), dims.hiddenSize()),
                HeadParams.zeros(dims.head(), dims.hiddenSize(), dims.outputSize()));
    }

    public ModelDims dims() {
        return new ModelDims(lstm.inputSize(), lstm.hiddenSize(), head.outputSize(), head.shape());
    }

    /** wx, wh, b of the LSTM, then w, b of every head layer in order. */
    public List<FloatArray> tensors() {
        List<FloatArray> all = new ArrayList<>(lstm.tensors());
        all.addAll(head.tensors());
        return List.copyOf(all);
    }

    /** A zero-filled set of tensors of the same shapes (a gradient or optimiser-moment holder). */
    public ModelParams zerosLike() {
        return zeros(dims());
    }

    public ModelParams copy() {
        return new ModelParams(
                new LstmParams(lstm.wx().copy(), lstm.wh().copy(), lstm.b().copy()), head.copy());
    }

    public void fill(float v) {
        for (FloatArray t : tensors()) {
            t.fill(v);
        }
    }

    /** Euclidean norm over every tensor together, in double precision. */
    public double globalNorm() {
        double s = 0;
        for (FloatArray t : tensors()) {
            s += t.sumOfSquares();
        }
        return Math.sqrt(s);
    }

    public boolean allFinite() {
        for (FloatArray t : tensors()) {
            if (!t.allFinite()) {
                return false;
            }
        }
        return true;
    }

    /** All values in tensors() order, flattened (for tests and determinism checks). */
    public float[] flatten() {
        float[] out = new float[(int) dims().parameterCount()];
        int pos = 0;
        for (FloatArray t : tensors()) {
            float[] v = t.toFloatArray();
            System.arraycopy(v, 0, out, pos, v.length);
            pos += v.length;
        }
        return out;
    }
}
