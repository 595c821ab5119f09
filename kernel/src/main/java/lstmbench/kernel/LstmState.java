package lstmbench.kernel;

/**
 * The recurrent state of a batch: hidden h [B, H] and cell c [B, H]. The same record type carries
 * the gradient with respect to a state (dh, dc), as backward's input at a chunk's end and its
 * output at a chunk's start.
 */
public record LstmState(FloatArray h, FloatArray c) {

    public LstmState {
        c.requireShape("c", h.shape());
        if (h.shape().length != 2) {
            throw new IllegalArgumentException("state must be [B, H], got " + h);
        }
    }

    public static LstmState zeros(int batch, int hiddenSize) {
        return new LstmState(FloatArray.zeros(batch, hiddenSize), FloatArray.zeros(batch, hiddenSize));
    }

    public int batch() {
        return (int) h.shape()[0];
    }

    public int hiddenSize() {
        return (int) h.shape()[1];
    }

    public void copyFrom(LstmState other) {
        h.copyFrom(other.h);
        c.copyFrom(other.c);
    }

    public void fill(float v) {
        h.fill(v);
        c.fill(v);
    }

    public LstmState copy() {
        return new LstmState(h.copy(), c.copy());
    }
}
