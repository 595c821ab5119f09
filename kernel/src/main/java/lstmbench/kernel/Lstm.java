package lstmbench.kernel;

import java.nio.FloatBuffer;
import lstmbench.kernel.Blas.Op;

/**
 * The one hand-written LSTM of the project: forward and backward through time over a chunk
 * [B, T], side by side, in the manner of llm.c's paired *_forward / *_backward functions.
 *
 * <p>Equations (standard LSTM without peepholes; Hochreiter &amp; Schmidhuber 1997 with the forget
 * gate of Gers et al. 2000, as in Goodfellow et al., Deep Learning, sec. 10.10.1):
 *
 * <pre>
 * z_t = x_t Wx + h_{t-1} Wh + b                      [B, 4H], column blocks i | f | g | o
 * i = sigma(z_i)   f = sigma(z_f)   g = tanh(z_g)   o = sigma(z_o)
 * c_t = f * c_{t-1} + i * g
 * h_t = o * tanh(c_t)
 * </pre>
 *
 * <p>Backward, with dh_t = dL/dh_t from the output plus dh arriving from step t+1
 * (dh_T and dc_T come from the caller: a following chunk's dState0, or zero to cut the gradient):
 *
 * <pre>
 * do = dh * tanh(c_t)                       dz_o = do * o (1 - o)
 * dc = dc_{t+1 carried} + dh * o * (1 - tanh(c_t)^2)
 * di = dc * g   dz_i = di * i (1 - i)       dg = dc * i   dz_g = dg * (1 - g^2)
 * df = dc * c_{t-1}   dz_f = df * f (1 - f) dc_{t-1 carried} = dc * f
 * dh_{t-1 carried} = dz_t Wh^T
 * dWx += sum_t x_t^T dz_t    dWh += sum_t h_{t-1}^T dz_t    db += sum_t,b dz_t
 * dx_t = dz_t Wx^T
 * </pre>
 *
 * <p>Speed comes from the structure, because at small hidden sizes the fixed cost of a call rivals
 * its arithmetic (Blas gives the measured cost of one Nd4j.gemm against one cblas_sgemm):
 * the input projection and the bias are one product and one rank-1 update over the whole chunk
 * before the time loop; each step makes exactly one product (h_{t-1} Wh) on BLAS, as sgemv per
 * row when the batch is small (Blas.GEMV_MAX_ROWS); the gate math of a step is a few passes over
 * contiguous segments (GateMath: whole-step passes for sigmoid and tanh, so their vectors are full
 * even at small H, per-row passes for the multiply-adds), vectorised where the JDK allows; the
 * weight gradients and db are one product each over the whole chunk. Nothing is allocated per step.
 */
public final class Lstm {
    private Lstm() {}

    /** What forward returns: its outputs (owned by the cache, valid until its next forward) and the cache. */
    public record Forward(FloatArray hidden, LstmState finalState, LstmCache cache) {}

    /** What backward returns besides the weight gradients it adds: dx [B, T, I] and dState0 [B, H]. */
    public record Backward(FloatArray dx, LstmState dState0) {}

    /**
     * Runs the chunk x [B, T, I] from state s0 ([B, H] each). The next chunk continues from
     * {@code finalState()} by passing it as its s0; whether gradient flows back across that
     * boundary is decided only by what the caller hands to backward.
     */
    public static Forward forward(LstmParams p, FloatArray x, LstmState s0, LstmCache cache) {
        final int B = cache.batch, T = cache.time, I = cache.inputSize, H = cache.hiddenSize, G = 4 * H;
        requireParams(p, cache);
        x.requireShape("x", B, T, I);
        s0.h().requireShape("h0", B, H);
        s0.c().requireShape("c0", B, H);

        FloatBuffer xIn = x.buffer(), xs = cache.xs.buffer();
        for (int b = 0; b < B; b++) {
            for (int t = 0; t < T; t++) {
                for (int k = 0; k < I; k++) {
                    xs.put((t * B + b) * I + k, xIn.get((b * T + t) * I + k));
                }
            }
        }
        cache.hs.buffer().put(0, s0.h().buffer(), 0, B * H);
        cache.cs.buffer().put(0, s0.c().buffer(), 0, B * H);

        // z[T*B, 4H] = xs[T*B, I] Wx[I, 4H] + 1 b: the input projection and bias of every step at once
        // spotless:off
        Blas.gemm(Op.N, Op.N, T * B, G, I, 1f, cache.xs, 0, I, p.wx(), 0, G, 0f, cache.gates, 0, G);
        Blas.ger(T * B, G, 1f, cache.ones, 0, 1, p.b(), 0, 1, cache.gates, 0, G);
        // spotless:on

        GateMath math = GateMath.selected();
        FloatArray gates = cache.gates, cs = cache.cs, tanhC = cache.tanhC;
        for (int t = 0; t < T; t++) {
            int step = t * B; // first row of step t in gates and tanhC; slot t (state before the step) in hs, cs
            // z_t[B, 4H] += h_{t-1}[B, H] Wh[H, 4H]
            // spotless:off
            Blas.gemm(Op.N, Op.N, B, G, H, 1f, cache.hs, (long) step * H, H, p.wh(), 0, G,
                    1f, gates, (long) step * G, G);
            // spotless:on
            // i = sigma(z_i)  f = sigma(z_f)  g = tanh(z_g)  o = sigma(z_o), in place
            math.activate(gates, step * G, B * G, cache.tanhLanes);
            // c_t = f * c_{t-1} + i * g
            math.cellState(gates, step * G, cs, step * H, (step + B) * H, B, H);
            math.tanh(cs, (step + B) * H, tanhC, step * H, B * H);
            // h_t = o * tanh(c_t), into slot t+1 of hs and row (b, t) of hidden [B, T, H]
            // spotless:off
            math.hiddenState(gates, step * G, tanhC, step * H, cache.hs, (step + B) * H, cache.hidden, t * H, T * H,
                    B, H);
            // spotless:on
        }
        int last = T * B * H;
        cache.finalState.h().buffer().put(0, cache.hs.buffer(), last, B * H);
        cache.finalState.c().buffer().put(0, cache.cs.buffer(), last, B * H);
        cache.forwardParams = p;
        return new Forward(cache.hidden, cache.finalState, cache);
    }

    /**
     * Back-propagates through the chunk held in {@code cache}. dHidden [B, T, H] is the loss
     * gradient at every step's hidden output; dFinal is the gradient arriving at the final state
     * from a following chunk (all zeros where the caller cuts the gradient). Weight gradients are
     * ADDED into {@code grads} (the caller zeroes them per optimiser step); dx and dState0 are
     * written into the cache and returned. Refuses to run unless forward ran on this cache with p.
     */
    public static Backward backward(
            LstmParams p, LstmCache cache, FloatArray dHidden, LstmState dFinal, LstmParams grads) {
        final int B = cache.batch, T = cache.time, I = cache.inputSize, H = cache.hiddenSize, G = 4 * H;
        if (cache.forwardParams == null) {
            throw new IllegalStateException("backward needs a forward pass in this cache first");
        }
        if (cache.forwardParams != p) {
            throw new IllegalStateException("backward called with other weights than the cache's forward pass");
        }
        dHidden.requireShape("dHidden", B, T, H);
        dFinal.h().requireShape("dh_T", B, H);
        dFinal.c().requireShape("dc_T", B, H);
        grads.wx().requireShape("grad wx", I, G);

        // dc is carried between two buffers, each step reading one and writing the other
        FloatArray dhRec = cache.dState0.h(), dcRec = cache.dState0.c(), dcNext = cache.dcSpare;
        dhRec.copyFrom(dFinal.h());
        dcRec.copyFrom(dFinal.c());

        GateMath math = GateMath.selected();
        for (int t = T - 1; t >= 0; t--) {
            int step = t * B;
            // dz_t from dh = dHidden_t + dh carried, dc carried and the step's gates; dc carried to t-1
            // spotless:off
            math.backward(cache.gates, step * G, cache.cs, cache.tanhC, step * H, dHidden, t * H, T * H, dhRec,
                    dcRec, dcNext, cache.dz, B, H);
            // spotless:on
            FloatArray swap = dcRec;
            dcRec = dcNext;
            dcNext = swap;
            // dh_{t-1}[B, H] = dz_t[B, 4H] Wh^T[4H, H]
            // spotless:off
            Blas.gemm(Op.N, Op.T, B, H, G, 1f, cache.dz, (long) step * G, G, p.wh(), 0, G,
                    0f, dhRec, 0, H);
            // spotless:on
        }
        if (dcRec != cache.dState0.c()) {
            cache.dState0.c().copyFrom(dcRec);
        }

        int rows = T * B;
        // dWh[H, 4H] += hs[slots 0..T-1]^T dz ; dWx[I, 4H] += xs^T dz
        // spotless:off
        Blas.gemm(Op.T, Op.N, H, G, rows, 1f, cache.hs, 0, H, cache.dz, 0, G, 1f, grads.wh(), 0, G);
        // spotless:on
        // spotless:off
        Blas.gemm(Op.T, Op.N, I, G, rows, 1f, cache.xs, 0, I, cache.dz, 0, G, 1f, grads.wx(), 0, G);
        // spotless:on
        // db[4H] += dz^T 1
        // spotless:off
        Blas.gemv(Op.T, rows, G, 1f, cache.dz, 0, G, cache.ones, 0, 1, 1f, grads.b(), 0, 1);
        // spotless:on
        // dxs[T*B, I] = dz Wx^T
        // spotless:off
        Blas.gemm(Op.N, Op.T, rows, I, G, 1f, cache.dz, 0, G, p.wx(), 0, G, 0f, cache.dxs, 0, I);
        // spotless:on
        FloatBuffer dxs = cache.dxs.buffer(), dx = cache.dx.buffer();
        for (int b = 0; b < B; b++) {
            for (int t = 0; t < T; t++) {
                for (int k = 0; k < I; k++) {
                    dx.put((b * T + t) * I + k, dxs.get((t * B + b) * I + k));
                }
            }
        }
        return new Backward(cache.dx, cache.dState0);
    }

    /** Which GateMath implementation the kernel runs on, and why (vector or scalar, see GateMath). */
    public static String gateMath() {
        return GateMath.selected().description();
    }

    private static void requireParams(LstmParams p, LstmCache cache) {
        if (p.inputSize() != cache.inputSize || p.hiddenSize() != cache.hiddenSize) {
            throw new IllegalArgumentException("weights are for I=" + p.inputSize() + ", H=" + p.hiddenSize()
                    + " but the cache is for I=" + cache.inputSize + ", H=" + cache.hiddenSize);
        }
    }
}
