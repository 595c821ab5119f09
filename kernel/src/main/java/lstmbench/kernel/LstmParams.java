package lstmbench.kernel;

import java.util.List;

/**
 * Weights of one LSTM layer, gates in the order i, f, g, o (input, forget, candidate, output),
 * each gate a block of H consecutive columns:
 *
 * <pre>
 * wx [I, 4H]   input-to-gates
 * wh [H, 4H]   hidden-to-gates (recurrent)
 * b  [1, 4H]   bias
 * </pre>
 *
 * <p>The same record type holds the gradients of these weights.
 */
public record LstmParams(FloatArray wx, FloatArray wh, FloatArray b) {

    public LstmParams {
        int h4 = (int) wh.shape()[1];
        if (h4 % 4 != 0) {
            throw new IllegalArgumentException("wh must be [H, 4H], got " + wh);
        }
        int h = h4 / 4;
        wh.requireShape("wh", h, 4L * h);
        wx.requireShape("wx", wx.shape()[0], 4L * h);
        b.requireShape("b", 1, 4L * h);
    }

    public static LstmParams zeros(int inputSize, int hiddenSize) {
        return new LstmParams(
                FloatArray.zeros(inputSize, 4L * hiddenSize),
                FloatArray.zeros(hiddenSize, 4L * hiddenSize),
                FloatArray.zeros(1, 4L * hiddenSize));
    }

    public int inputSize() {
        return (int) wx.shape()[0];
    }

    public int hiddenSize() {
        return (int) wh.shape()[0];
    }

    /** The tensors in a fixed order: wx, wh, b. */
    public List<FloatArray> tensors() {
        return List.of(wx, wh, b);
    }
}
