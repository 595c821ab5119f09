package lstmbench.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Exact BPTT across chunks: a sequence of length 2T run as two chunks (state handed forward,
 * dState0 of the second handed back as dFinal of the first) gives the loss and gradients of one
 * chunk of length 2T. Truncated BPTT (dState0 discarded) gives the same forward values but
 * different weight gradients.
 */
class ChunkedEqualsFullTest {
    static final ModelDims DIMS = new ModelDims(2, 6, 1);
    static final int B = 3;
    static final int T = 5;

    /** Copies steps [from, from+len) of a [B, 2T, *] array into a new [B, len, *] array. */
    static FloatArray slice(FloatArray a, int from, int len) {
        long[] s = a.shape();
        int total = (int) s[1];
        int width = s.length == 3 ? (int) s[2] : 1;
        FloatArray out = s.length == 3 ? FloatArray.zeros(s[0], len, width) : FloatArray.zeros(s[0], len);
        for (int b = 0; b < s[0]; b++) {
            for (int t = 0; t < len; t++) {
                for (int k = 0; k < width; k++) {
                    out.set((b * len + t) * width + k, a.get((b * total + from + t) * width + k));
                }
            }
        }
        return out;
    }

    static Chunk part(Chunk full, int from, int len) {
        return new Chunk(
                slice(full.inputs(), from, len), slice(full.targets(), from, len), slice(full.mask(), from, len));
    }

    /** Sum of masked squared errors, so that losses over parts add up to the whole. */
    static Chunk allCounted(Chunk c) {
        c.mask().fill(1f);
        return c;
    }

    @Test
    void twoChunksWithCarriedGradientEqualOneLongChunk() {
        ModelParams p = Fixtures.params(DIMS, 1);
        Chunk full = allCounted(Fixtures.chunk(DIMS, B, 2 * T, 2));
        LstmState s0 = Fixtures.state(B, DIMS.hiddenSize(), 3);

        Network.Workspace wsFull = new Network.Workspace(DIMS, B, 2 * T);
        ModelParams gFull = p.zerosLike();
        double lossFull = Network.forward(p, full, s0, wsFull);
        Lstm.Backward bFull = Network.backward(p, full, LstmState.zeros(B, DIMS.hiddenSize()), wsFull, gFull);

        Chunk first = part(full, 0, T), second = part(full, T, T);
        Network.Workspace ws1 = new Network.Workspace(DIMS, B, T), ws2 = new Network.Workspace(DIMS, B, T);
        double loss1 = Network.forward(p, first, s0, ws1);
        double loss2 = Network.forward(p, second, ws1.finalState(), ws2);
        // each part's MSE is averaged over T steps, the full one over 2T: so full = (l1 + l2) / 2,
        // and the gradients of the parts are scaled by 1/2 relative to the full pass
        assertEquals(lossFull, (loss1 + loss2) / 2, 1e-6);

        ModelParams gChunked = p.zerosLike();
        Lstm.Backward b2 = Network.backward(p, second, LstmState.zeros(B, DIMS.hiddenSize()), ws2, gChunked);
        Lstm.Backward b1 = Network.backward(p, first, b2.dState0(), ws1, gChunked);
        for (FloatArray g : gChunked.tensors()) {
            g.scale(0.5f);
        }
        assertArrayEquals(gFull.flatten(), gChunked.flatten(), 1e-6f);
        float[] dh0 = b1.dState0().h().toFloatArray();
        for (int i = 0; i < dh0.length; i++) {
            dh0[i] *= 0.5f;
        }
        assertArrayEquals(bFull.dState0().h().toFloatArray(), dh0, 1e-6f);
        assertArrayEquals(
                wsFull.finalState().h().toFloatArray(), ws2.finalState().h().toFloatArray(), 1e-6f);
    }

    @Test
    void cuttingTheGradientChangesOnlyTheGradients() {
        ModelParams p = Fixtures.params(DIMS, 4);
        Chunk full = allCounted(Fixtures.chunk(DIMS, B, 2 * T, 5));
        LstmState zero = LstmState.zeros(B, DIMS.hiddenSize());
        Chunk first = part(full, 0, T), second = part(full, T, T);
        Network.Workspace ws1 = new Network.Workspace(DIMS, B, T), ws2 = new Network.Workspace(DIMS, B, T);
        Network.forward(p, first, zero, ws1);
        Network.forward(p, second, ws1.finalState(), ws2);

        ModelParams exact = p.zerosLike(), truncated = p.zerosLike();
        Lstm.Backward b2 = Network.backward(p, second, zero, ws2, exact);
        Network.backward(p, first, b2.dState0(), ws1, exact);
        Network.backward(p, second, zero, ws2, truncated);
        Network.backward(p, first, zero, ws1, truncated);

        float[] e = exact.flatten(), t = truncated.flatten();
        double diff = 0;
        for (int i = 0; i < e.length; i++) {
            diff = Math.max(diff, Math.abs(e[i] - t[i]));
        }
        assertTrue(diff > 1e-4, "the carried gradient must contribute, max difference was " + diff);
    }

    @Test
    void stateAfterAnyStepIsTheStateAChunkEndingThereWouldHand() {
        ModelParams p = Fixtures.params(DIMS, 6);
        Chunk full = Fixtures.chunk(DIMS, B, 2 * T, 7);
        LstmState s0 = Fixtures.state(B, DIMS.hiddenSize(), 8);
        Network.Workspace wsFull = new Network.Workspace(DIMS, B, 2 * T), wsShort = new Network.Workspace(DIMS, B, T);
        Network.forward(p, full, s0, wsFull);
        Network.forward(p, part(full, 0, T), s0, wsShort);
        LstmState mid = LstmState.zeros(B, DIMS.hiddenSize());
        wsFull.lstmCache().copyStateAfterStep(T - 1, mid);
        assertArrayEquals(wsShort.finalState().h().toFloatArray(), mid.h().toFloatArray(), 0f);
        assertArrayEquals(wsShort.finalState().c().toFloatArray(), mid.c().toFloatArray(), 0f);
    }
}
