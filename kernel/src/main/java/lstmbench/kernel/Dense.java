package lstmbench.kernel;

import java.nio.FloatBuffer;
import lstmbench.kernel.Blas.Op;

/**
 * The dense output head, forward and backward side by side:
 *
 * <pre>
 * forward:  y[N, K] = h[N, H] w[H, K] + b          (N = B*T rows: every step of every stream)
 * backward: dw += h^T dy   db += sum_rows dy   dh = dy w^T
 * </pre>
 *
 * <p>One product each way over the whole chunk.
 */
public final class Dense {
    private Dense() {}

    /** Buffers for one chunk shape: the output y [B, T, K] and the input gradient dh [B, T, H]. */
    public static final class Cache {
        final FloatArray y;
        final FloatArray dh;
        FloatArray input;
        DenseParams forwardParams;

        public Cache(int batch, int time, int hiddenSize, int outputSize) {
            y = FloatArray.zeros(batch, time, outputSize);
            dh = FloatArray.zeros(batch, time, hiddenSize);
        }

        public FloatArray output() {
            return y;
        }
    }

    /** y [B, T, K] for h [B, T, H]; y is owned by the cache. */
    public static FloatArray forward(DenseParams p, FloatArray h, Cache cache) {
        long[] s = h.shape();
        int rows = (int) (s[0] * s[1]), H = p.inputSize(), K = p.outputSize();
        h.requireShape("head input", s[0], s[1], H);
        cache.y.requireShape("head output", s[0], s[1], K);
        Blas.gemm(Op.N, Op.N, rows, K, H, 1f, h, 0, H, p.w(), 0, K, 0f, cache.y, 0, K);
        var y = cache.y.buffer();
        var b = p.b().buffer();
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < K; k++) {
                y.put(r * K + k, y.get(r * K + k) + b.get(k));
            }
        }
        cache.input = h;
        cache.forwardParams = p;
        return cache.y;
    }

    /** Adds the head's weight gradients into {@code grads}; returns dh [B, T, H] (owned by the cache). */
    public static FloatArray backward(DenseParams p, Cache cache, FloatArray dy, DenseParams grads) {
        if (cache.forwardParams != p) {
            throw new IllegalStateException("head backward needs a forward pass with the same weights in this cache");
        }
        FloatArray h = cache.input;
        long[] s = h.shape();
        int rows = (int) (s[0] * s[1]), H = p.inputSize(), K = p.outputSize();
        dy.requireShape("dy", s[0], s[1], K);
        Blas.gemm(Op.T, Op.N, H, K, rows, 1f, h, 0, H, dy, 0, K, 1f, grads.w(), 0, K);
        addColumnSums(dy.buffer(), rows, K, grads.b().buffer());
        Blas.gemm(Op.N, Op.T, rows, H, K, 1f, dy, 0, K, p.w(), 0, K, 0f, cache.dh, 0, H);
        return cache.dh;
    }

    /** out[j] += sum over rows of m[row, j], for a row-major [rows, cols] buffer. */
    private static void addColumnSums(FloatBuffer m, int rows, int cols, FloatBuffer out) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int j = 0; j < cols; j++) {
                out.put(j, out.get(j) + m.get(base + j));
            }
        }
    }
}
