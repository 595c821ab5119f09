package lstmbench.kernel;

/**
 * Sizes of the model every strategy trains: input size I, hidden size H, output size K, layers.
 * One layer today; the parameter layout keeps a list per layer in mind (stacking later).
 */
public record ModelDims(int inputSize, int hiddenSize, int outputSize) {
    public ModelDims {
        if (inputSize < 1 || hiddenSize < 1 || outputSize < 1) {
            throw new IllegalArgumentException("model sizes must be >= 1: inputSize=" + inputSize
                    + ", hiddenSize=" + hiddenSize + ", outputSize=" + outputSize);
        }
    }

    /** Number of trainable scalars: LSTM (I*4H + H*4H + 4H) plus head (H*K + K). */
    public long parameterCount() {
        long h4 = 4L * hiddenSize;
        return inputSize * h4 + hiddenSize * h4 + h4 + (long) hiddenSize * outputSize + outputSize;
    }
}
