package lstmbench.kernel;

/**
 * The model every strategy trains, as one forward/backward pair over a chunk: the LSTM, the head
 * on every step (Head: the dense head, or the MLP its HeadShape describes), and the masked MSE loss.
 *
 * <pre>
 * forward:  hidden = Lstm(x, s0); y = Head(hidden); L = MaskedMse(y, target, mask)
 * backward: dy = dL/dy; dhidden = Head^T(dy); (dx, dState0) = Lstm^T(dhidden, dFinal)
 * </pre>
 *
 * <p>A Workspace holds the buffers of one chunk shape and is reused chunk after chunk.
 */
public final class Network {
    private Network() {}

    /** Buffers for one chunk shape [B, T] of one model size; not shared between threads. */
    public static final class Workspace {
        private final ModelDims dims;
        private final LstmCache lstm;
        private final Head.Cache head;
        private final FloatArray dy;
        private ModelParams forwardParams;

        public Workspace(ModelDims dims, int batch, int time) {
            this.dims = dims;
            this.lstm = new LstmCache(batch, time, dims.inputSize(), dims.hiddenSize());
            this.head = new Head.Cache(dims.head(), batch, time, dims.hiddenSize(), dims.outputSize());
            this.dy = FloatArray.zeros(batch, time, dims.outputSize());
        }

        public int batch() {
            return lstm.batch();
        }

        public int time() {
            return lstm.time();
        }

        public ModelDims dims() {
            return dims;
        }

        public LstmCache lstmCache() {
            return lstm;
        }

        /** Predictions of the last forward pass, [B, T, K]. */
        public FloatArray predictions() {
            return head.output();
        }

        /** State after the last step of the last forward pass. */
        public LstmState finalState() {
            return lstm.finalState();
        }

        /**
         * Bytes of float32 buffers a workspace of this shape holds, without allocating it: what
         * {@link #bytes()} returns for {@code new Workspace(dims, batch, time)}.
         */
        public static long bytes(ModelDims dims, long batch, long time) {
            long steps = batch * time;
            return LstmCache.bytes(batch, time, dims.inputSize(), dims.hiddenSize())
                    + 4 * steps * (2L * dims.outputSize() + dims.hiddenSize());
        }

        /** Bytes of float32 buffers held for this chunk shape. */
        public long bytes() {
            return lstm.bytes() + head.bytes() + 4L * dy.length();
        }
    }

    /** Runs the model over inputs [B, T, I] from state s0; returns predictions [B, T, K] (owned by ws). */
    public static FloatArray predict(ModelParams p, FloatArray inputs, LstmState s0, Workspace ws) {
        Lstm.Forward f = Lstm.forward(p.lstm(), inputs, s0, ws.lstm);
        FloatArray y = Head.forward(p.head(), f.hidden(), ws.head);
        ws.forwardParams = p;
        return y;
    }

    /** Forward over the chunk; returns its masked MSE loss. */
    public static double forward(ModelParams p, Chunk chunk, LstmState s0, Workspace ws) {
        FloatArray y = predict(p, chunk.inputs(), s0, ws);
        return MaskedMse.loss(y, chunk.targets(), chunk.mask());
    }

    /**
     * Back-propagates the chunk's loss (forward must have run on ws with p) plus dFinal, the
     * gradient arriving at the final state from a following chunk (zeros to cut it). Adds the
     * weight gradients into grads; returns dx and dState0 (owned by ws).
     */
    public static Lstm.Backward backward(
            ModelParams p, Chunk chunk, LstmState dFinal, Workspace ws, ModelParams grads) {
        if (ws.forwardParams != p) {
            throw new IllegalStateException("backward needs a forward pass with the same weights in this workspace");
        }
        MaskedMse.gradient(ws.head.output(), chunk.targets(), chunk.mask(), ws.dy);
        FloatArray dHidden = Head.backward(p.head(), ws.head, ws.dy, grads.head());
        return Lstm.backward(p.lstm(), ws.lstm, dHidden, dFinal, grads.lstm());
    }
}
