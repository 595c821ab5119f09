package lstmbench.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The weights of the head (see HeadShape): one DenseParams per layer, hidden layers first, the
 * output layer last, together with the shape they were built for. The same record type holds the
 * gradients of these weights.
 */
public record HeadParams(HeadShape shape, List<DenseParams> layers) {

    public HeadParams {
        layers = List.copyOf(layers);
        if (layers.size() != shape.layerCount()) {
            throw new IllegalArgumentException(
                    "head " + shape.describe() + " needs " + shape.layerCount() + " layers, got " + layers.size());
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).inputSize() != layers.get(l - 1).outputSize()) {
                throw new IllegalArgumentException(
                        "head layer " + l + " expects " + layers.get(l).inputSize() + " inputs but layer " + (l - 1)
                                + " has " + layers.get(l - 1).outputSize() + " outputs");
            }
        }
        for (int l = 0; l + 1 < layers.size(); l++) {
            if (layers.get(l).outputSize() != shape.hidden().get(l)) {
                throw new IllegalArgumentException(
                        "head layer " + l + " has " + layers.get(l).outputSize() + " outputs but the shape says "
                                + shape.hidden().get(l));
            }
        }
    }

    /** Zero weights for an LSTM of hidden size H and K outputs. */
    public static HeadParams zeros(HeadShape shape, int hiddenSize, int outputSize) {
        List<DenseParams> layers = new ArrayList<>();
        for (int l = 0; l < shape.layerCount(); l++) {
            layers.add(DenseParams.zeros(shape.layerInput(l, hiddenSize), shape.layerOutput(l, outputSize)));
        }
        return new HeadParams(shape, layers);
    }

    /** Input width: the LSTM hidden size H the head reads. */
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    /** Output width K. */
    public int outputSize() {
        return output().outputSize();
    }

    /** The last layer, which produces the outputs. */
    public DenseParams output() {
        return layers.get(layers.size() - 1);
    }

    /** w, b of every layer in order. */
    public List<FloatArray> tensors() {
        List<FloatArray> all = new ArrayList<>();
        for (DenseParams d : layers) {
            all.addAll(d.tensors());
        }
        return List.copyOf(all);
    }

    public HeadParams copy() {
        return new HeadParams(
                shape,
                layers.stream()
                        .map(d -> new DenseParams(d.w().copy(), d.b().copy()))
                        .toList());
    }
}
