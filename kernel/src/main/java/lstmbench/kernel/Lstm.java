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
 * the input projection is one product over the whole chunk before the time loop; each step makes
 * exactly one product (h_{t-1} Wh) on BLAS; the gate math of a step is one fused plain-Java loop;
 * the weight gradients are one product each over the whole chunk. Nothing is allocated per step.
 */
public final class Lstm {
    private Lstm() {
    }

    /** What forward returns: its outputs (owned by the cache, valid until its next forward) and the cache. */
    public record Forward(FloatArray hidden, LstmState finalState, LstmCache cache) {
    }

    /** What backward returns besides the weight gradients it adds: dx [B, T, I] and dState0 [B, H]. */
    public record Backward(FloatArray dx, LstmState dState0) {
    }

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
        FloatBuffer hs = cache.hs.buffer(), cs = cache.cs.buffer();
        hs.put(0, s0.h().buffer(), 0, B * H);
        cs.put(0, s0.c().buffer(), 0, B * H);

        // z[T*B, 4H] = xs[T*B, I] Wx[I, 4H]: the input projection of every step at once
        // spotless:off
        Blas.gemm(Op.N, Op.N, T * B, G, I, 1f, cache.xs, 0, I, p.wx(), 0, G, 0f, cache.gates, 0, G);
        // spotless:on

        FloatBuffer z = cache.gates.buffer(), tanhC = cache.tanhC.buffer(), out = cache.hidden.buffer();
        FloatBuffer bias = p.b().buffer();
        for (int t = 0; t < T; t++) {
            // z_t[B, 4H] += h_{t-1}[B, H] Wh[H, 4H]
            // spotless:off
            Blas.gemm(Op.N, Op.N, B, G, H, 1f, cache.hs, (long) t * B * H, H, p.wh(), 0, G,
                    1f, cache.gates, (long) t * B * G, G);
            // spotless:on
            for (int b = 0; b < B; b++) {
                int zr = (t * B + b) * G;       // row of step t, batch b in gates
                int prev = (t * B + b) * H;     // slot t (state before the step) in hs, cs; also tanhC's row
                int next = prev + B * H;        // slot t+1 (state after the step)
                int outRow = (b * T + t) * H;   // row in hidden [B, T, H]
                for (int j = 0; j < H; j++) {
                    float i = sigmoid(z.get(zr + j) + bias.get(j));
                    float f = sigmoid(z.get(zr + H + j) + bias.get(H + j));
                    float g = tanh(z.get(zr + 2 * H + j) + bias.get(2 * H + j));
                    float o = sigmoid(z.get(zr + 3 * H + j) + bias.get(3 * H + j));
                    z.put(zr + j, i);
                    z.put(zr + H + j, f);
                    z.put(zr + 2 * H + j, g);
                    z.put(zr + 3 * H + j, o);
                    float c = f * cs.get(prev + j) + i * g;
                    float tc = tanh(c);
                    float h = o * tc;
                    cs.put(next + j, c);
                    tanhC.put(prev + j, tc);
                    hs.put(next + j, h);
                    out.put(outRow + j, h);
                }
            }
        }
        int last = T * B * H;
        cache.finalState.h().buffer().put(0, hs, last, B * H);
        cache.finalState.c().buffer().put(0, cs, last, B * H);
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
    public static Backward backward(LstmParams p, LstmCache cache, FloatArray dHidden, LstmState dFinal,
                                    LstmParams grads) {
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

        FloatBuffer dhRec = cache.dState0.h().buffer(), dcRec = cache.dState0.c().buffer();
        dhRec.put(0, dFinal.h().buffer(), 0, B * H);
        dcRec.put(0, dFinal.c().buffer(), 0, B * H);

        FloatBuffer a = cache.gates.buffer(), cs = cache.cs.buffer(), tanhC = cache.tanhC.buffer();
        FloatBuffer dOut = dHidden.buffer(), dz = cache.dz.buffer();
        for (int t = T - 1; t >= 0; t--) {
            for (int b = 0; b < B; b++) {
                int zr = (t * B + b) * G;
                int prev = (t * B + b) * H;
                int outRow = (b * T + t) * H;
                int r = b * H;
                for (int j = 0; j < H; j++) {
                    float i = a.get(zr + j);
                    float f = a.get(zr + H + j);
                    float g = a.get(zr + 2 * H + j);
                    float o = a.get(zr + 3 * H + j);
                    float tc = tanhC.get(prev + j);
                    float dh = dOut.get(outRow + j) + dhRec.get(r + j);
                    float dc = dcRec.get(r + j) + dh * o * (1f - tc * tc);
                    dz.put(zr + j, dc * g * i * (1f - i));
                    dz.put(zr + H + j, dc * cs.get(prev + j) * f * (1f - f));
                    dz.put(zr + 2 * H + j, dc * i * (1f - g * g));
                    dz.put(zr + 3 * H + j, dh * tc * o * (1f - o));
                    dcRec.put(r + j, dc * f);
                }
            }
            // dh_{t-1}[B, H] = dz_t[B, 4H] Wh^T[4H, H]
            // spotless:off
            Blas.gemm(Op.N, Op.T, B, H, G, 1f, cache.dz, (long) t * B * G, G, p.wh(), 0, G,
                    0f, cache.dState0.h(), 0, H);
            // spotless:on
        }

        int rows = T * B;
        // dWh[H, 4H] += hs[slots 0..T-1]^T dz ; dWx[I, 4H] += xs^T dz
        // spotless:off
        Blas.gemm(Op.T, Op.N, H, G, rows, 1f, cache.hs, 0, H, cache.dz, 0, G, 1f, grads.wh(), 0, G);
        // spotless:on
        // spotless:off
        Blas.gemm(Op.T, Op.N, I, G, rows, 1f, cache.xs, 0, I, cache.dz, 0, G, 1f, grads.wx(), 0, G);
        // spotless:on
        addColumnSums(dz, rows, G, grads.b().buffer());
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

    /** out[j] += sum over rows of m[row, j], for a row-major [rows, cols] buffer. */
    static void addColumnSums(FloatBuffer m, int rows, int cols, FloatBuffer out) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int j = 0; j < cols; j++) {
                out.put(j, out.get(j) + m.get(base + j));
            }
        }
    }

    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /** tanh through one exp: tanh(x) = 2 sigma(2x) - 1, in double so small |x| keeps its precision. */
    static float tanh(float x) {
        return (float) (2.0 / (1.0 + Math.exp(-2.0 * x)) - 1.0);
    }

    private static void requireParams(LstmParams p, LstmCache cache) {
        if (p.inputSize() != cache.inputSize || p.hiddenSize() != cache.hiddenSize) {
            throw new IllegalArgumentException("weights are for I=" + p.inputSize() + ", H=" + p.hiddenSize()
                    + " but the cache is for I=" + cache.inputSize + ", H=" + cache.hiddenSize);
        }
    }
}
