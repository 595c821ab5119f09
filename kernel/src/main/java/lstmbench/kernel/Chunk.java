package lstmbench.kernel;

/**
 * One training or evaluation chunk: inputs [B, T, I], targets [B, T, K] and the loss mask [B, T]
 * (1 where a step's prediction counts, 0 where it only builds state).
 */
public record Chunk(FloatArray inputs, FloatArray targets, FloatArray mask) {

    public Chunk {
        long[] s = inputs.shape();
        if (s.length != 3) {
            throw new IllegalArgumentException("inputs must be [B, T, I], got " + inputs);
        }
        long[] ts = targets.shape();
        if (ts.length != 3 || ts[0] != s[0] || ts[1] != s[1]) {
            throw new IllegalArgumentException("targets " + targets + " do not match inputs " + inputs);
        }
        mask.requireShape("mask", s[0], s[1]);
    }

    public static Chunk zeros(int batch, int time, int inputSize, int outputSize) {
        return new Chunk(
                FloatArray.zeros(batch, time, inputSize),
                FloatArray.zeros(batch, time, outputSize),
                FloatArray.zeros(batch, time));
    }

    public int batch() {
        return (int) inputs.shape()[0];
    }

    public int time() {
        return (int) inputs.shape()[1];
    }
}
