package lstmbench.kernel;

import java.util.Arrays;

/**
 * Everything Lstm.forward keeps for Lstm.backward, plus the buffers both write, for one chunk
 * shape (batch B, time T, input I, hidden H). Allocated once and reused for every chunk of that
 * shape, so the time loop allocates nothing. Internally time-major, so one step's rows are
 * contiguous and the weight gradients are single products over the whole chunk:
 *
 * <pre>
 * xs     [T*B, I]      inputs, row t*B+b
 * hs     [(T+1)*B, H]  hidden states, slot 0 = h0, slot t+1 = h after step t
 * cs     [(T+1)*B, H]  cell states, same slots
 * gates  [T*B, 4H]     activated gates i, f, g, o (pre-activations before the step's math)
 * tanhC  [T*B, H]      tanh(c_t)
 * dz     [T*B, 4H]     gradient at the gate pre-activations (backward)
 * ones   [T*B]         all 1: adds the bias to every row (forward) and sums dz's rows into db
 * </pre>
 *
 * <p>Backward carries dc between dState0.c and dcSpare [B, H], one step reading one and writing the
 * other (so GateMath.backward never reads what it writes).
 *
 * <p>tanhLanes [B*4H] marks the g columns of one step's gates (the lanes GateMath.activate takes
 * tanh of rather than sigmoid), so a step's activation is one pass over B*4H contiguous floats.
 *
 * <p>The outputs handed to callers are batch-major, as the API promises:
 *
 * <pre>
 * hidden [B, T, H], dx [B, T, I], finalState and dState0 [B, H] each.
 * </pre>
 *
 * <p>A cache holds one forward pass at a time; backward checks that one ran with the same weights.
 */
public final class LstmCache {
    final int batch;
    final int time;
    final int inputSize;
    final int hiddenSize;

    final FloatArray xs;
    final FloatArray hs;
    final FloatArray cs;
    final FloatArray gates;
    final FloatArray tanhC;
    final FloatArray hidden;
    final LstmState finalState;

    final FloatArray dz;
    final FloatArray dxs;
    final FloatArray dx;
    final LstmState dState0;

    final FloatArray dcSpare;
    final FloatArray ones;
    final boolean[] tanhLanes;

    /** The weights of the forward pass this cache holds; null until forward has run. */
    LstmParams forwardParams;

    public LstmCache(int batch, int time, int inputSize, int hiddenSize) {
        if (batch < 1 || time < 1 || inputSize < 1 || hiddenSize < 1) {
            throw new IllegalArgumentException(
                    "cache sizes must be >= 1: B=" + batch + ", T=" + time + ", I=" + inputSize + ", H=" + hiddenSize);
        }
        this.batch = batch;
        this.time = time;
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        long rows = (long) time * batch;
        long g = 4L * hiddenSize;
        xs = FloatArray.zeros(rows, inputSize);
        hs = FloatArray.zeros(rows + batch, hiddenSize);
        cs = FloatArray.zeros(rows + batch, hiddenSize);
        gates = FloatArray.zeros(rows, g);
        tanhC = FloatArray.zeros(rows, hiddenSize);
        hidden = FloatArray.zeros(batch, time, hiddenSize);
        finalState = LstmState.zeros(batch, hiddenSize);
        dz = FloatArray.zeros(rows, g);
        dxs = FloatArray.zeros(rows, inputSize);
        dx = FloatArray.zeros(batch, time, inputSize);
        dState0 = LstmState.zeros(batch, hiddenSize);
        dcSpare = FloatArray.zeros(batch, hiddenSize);
        ones = FloatArray.zeros(rows);
        ones.fill(1f);
        tanhLanes = new boolean[Math.toIntExact(batch * g)];
        for (int b = 0; b < batch; b++) {
            Arrays.fill(tanhLanes, (int) (b * g + 2L * hiddenSize), (int) (b * g + 3L * hiddenSize), true);
        }
    }

    public int batch() {
        return batch;
    }

    public int time() {
        return time;
    }

    public int inputSize() {
        return inputSize;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    /** Hidden outputs of the last forward pass, [B, T, H]. */
    public FloatArray hidden() {
        return hidden;
    }

    /** State after the last step of the last forward pass, [B, H] each. */
    public LstmState finalState() {
        return finalState;
    }

    /**
     * Copies the state after step {@code step} (0-based) of the last forward pass into
     * {@code dest}: how a following chunk that overlaps this one picks up its initial state.
     */
    public void copyStateAfterStep(int step, LstmState dest) {
        if (forwardParams == null) {
            throw new IllegalStateException("no forward pass in this cache yet");
        }
        if (step < 0 || step >= time) {
            throw new IllegalArgumentException("step " + step + " outside the chunk's 0.." + (time - 1));
        }
        int slot = (step + 1) * batch * hiddenSize;
        int n = batch * hiddenSize;
        dest.h().buffer().put(0, hs.buffer(), slot, n);
        dest.c().buffer().put(0, cs.buffer(), slot, n);
    }

    /**
     * Bytes a cache of this shape holds, without allocating it: what {@link #bytes()} returns for
     * {@code new LstmCache(batch, time, inputSize, hiddenSize)}, for estimates made before any training
     * (rows = T*B: xs, dxs and dx hold 3I floats per row, hs, cs, tanhC, hidden, gates and dz 12H, ones
     * 1; the state slots h0 of hs and cs, finalState, dState0 and dcSpare another 7H per batch row; and
     * tanhLanes one byte per gate lane, 4H per batch row).
     */
    public static long bytes(long batch, long time, long inputSize, long hiddenSize) {
        long rows = time * batch;
        return 4 * (rows * (3 * inputSize + 12 * hiddenSize + 1) + 7 * batch * hiddenSize) + 4 * batch * hiddenSize;
    }

    /** Bytes this cache holds: its float32 buffers (activations and backward) and tanhLanes. */
    public long bytes() {
        long floats = 0;
        for (FloatArray a : new FloatArray[] {
            xs,
            hs,
            cs,
            gates,
            tanhC,
            hidden,
            finalState.h(),
            finalState.c(),
            dz,
            dxs,
            dx,
            dState0.h(),
            dState0.c(),
            dcSpare,
            ones
        }) {
            floats += a.length();
        }
        return 4 * floats + tanhLanes.length;
    }
}
