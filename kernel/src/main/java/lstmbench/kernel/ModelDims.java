package lstmbench.kernel;

/**
 * Sizes of the model every strategy trains: input size I, hidden size H, output size K, and the
 * shape of the head between the LSTM and the outputs (HeadShape.DENSE unless stated). One LSTM
 * layer today; the parameter layout keeps a list per layer in mind (stacking later).
 */
public record ModelDims(int inputSize, int hiddenSize, int outputSize, HeadShape head) {
    public ModelDims {
        if (inputSize < 1 || hiddenSize < 1 || outputSize < 1) {
            throw new IllegalArgumentException("model sizes must be >= 1: inputSize=" + inputSize + ", hiddenSize="
                    + hiddenSize + ", outputSize=" + outputSize);
        }
        if (head == null) {
            throw new IllegalArgumentException("model dims need a head shape (HeadShape.DENSE for the default)");
        }
    }

    /** The default dense head: y = h w + b. */
    public ModelDims(int inputSize, int hiddenSize, int outputSize) {
        this(inputSize, hiddenSize, outputSize, HeadShape.DENSE);
    }

    /** The same sizes with another head. */
    public ModelDims withHead(HeadShape newHead) {
        return new ModelDims(inputSize, hiddenSize, outputSize, newHead);
    }

    /** Number of trainable scalars: LSTM (I*4H + H*4H + 4H) plus the head (H*K + K for the dense head). */
    public long parameterCount() {
        long h4 = 4L * hiddenSize;
        return inputSize * h4 + hiddenSize * h4 + h4 + head.parameterCount(hiddenSize, outputSize);
    }
}
