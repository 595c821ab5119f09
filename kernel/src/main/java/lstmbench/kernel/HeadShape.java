package lstmbench.kernel;

import java.util.List;

/**
 * The shape of the head that maps each step's LSTM hidden vector h [H] to the K outputs: zero or
 * more hidden dense layers of the given widths, each followed by {@code activation}, then the
 * output dense layer, followed by {@code output}:
 *
 * <pre>
 * a_0 = h;  a_l = activation(a_{l-1} W_l + b_l)  for l = 1 .. L;  y = output(a_L W_out + b_out)
 * </pre>
 *
 * <p>{@link #DENSE}, no hidden layer and an identity output (y = h w + b), is the default every
 * strategy trains unless an experiment names another head. With {@code hidden = [5]},
 * {@code activation = TANH}, {@code output = TANH} and H = 10 it is PyTorch's
 * {@code LSTM(1, 10) -> Linear(10, 5) -> tanh -> Linear(5, 1) -> tanh}.
 */
public record HeadShape(List<Integer> hidden, Activation activation, Activation output) {
    /** One dense layer, no activation: y = h w + b. */
    public static final HeadShape DENSE = new HeadShape(List.of(), Activation.IDENTITY, Activation.IDENTITY);

    public HeadShape {
        hidden = List.copyOf(hidden);
        if (activation == null || output == null) {
            throw new IllegalArgumentException("a head needs a hidden-layer activation and an output activation");
        }
        for (int width : hidden) {
            if (width < 1) {
                throw new IllegalArgumentException("head layer widths must be >= 1, got " + hidden);
            }
        }
    }

    /** True for the default one-layer linear head. */
    public boolean isDense() {
        return equals(DENSE);
    }

    /** Number of dense layers: the hidden ones plus the output layer. */
    public int layerCount() {
        return hidden.size() + 1;
    }

    /** Input width of layer l (0-based) for LSTM hidden size H: H for the first, else the previous width. */
    public int layerInput(int layer, int hiddenSize) {
        return layer == 0 ? hiddenSize : hidden.get(layer - 1);
    }

    /** Output width of layer l (0-based): its hidden width, or K for the last. */
    public int layerOutput(int layer, int outputSize) {
        return layer < hidden.size() ? hidden.get(layer) : outputSize;
    }

    /** The activation after layer l: {@code activation} for hidden layers, {@code output} for the last. */
    public Activation activationAfter(int layer) {
        return layer < hidden.size() ? activation : output;
    }

    /** Trainable scalars of the head on an LSTM of hidden size H with K outputs. */
    public long parameterCount(int hiddenSize, int outputSize) {
        long n = 0;
        for (int l = 0; l < layerCount(); l++) {
            long in = layerInput(l, hiddenSize), out = layerOutput(l, outputSize);
            n += in * out + out;
        }
        return n;
    }

    /** E.g. "dense", or "[5] tanh -> tanh" (hidden widths, their activation, then the output activation). */
    public String describe() {
        if (isDense()) {
            return "dense";
        }
        return hidden + " " + activation.label() + " -> " + output.label();
    }
}
