package lstmbench.kernel;

import java.nio.FloatBuffer;

/**
 * Mean squared error over the steps a mask selects:
 *
 * <pre>
 * L = sum_{b,t,k} m[b,t] (y[b,t,k] - target[b,t,k])^2 / (K * sum_{b,t} m[b,t])
 * dL/dy[b,t,k] = 2 m[b,t] (y - target) / (K * sum m)
 * </pre>
 *
 * <p>The mask is [B, T] of 0/1 (steps that build state but carry no loss have 0). A mask with no
 * counted step gives loss 0 and a zero gradient. Sums run in double precision.
 */
public final class MaskedMse {
    private MaskedMse() {}

    /** Loss of predictions y [B, T, K] against target [B, T, K] over mask [B, T]. */
    public static double loss(FloatArray y, FloatArray target, FloatArray mask) {
        long[] s = checkShapes(y, target, mask);
        int rows = (int) (s[0] * s[1]), K = (int) s[2];
        FloatBuffer yb = y.buffer(), tb = target.buffer(), mb = mask.buffer();
        double sum = 0, count = 0;
        for (int r = 0; r < rows; r++) {
            float m = mb.get(r);
            if (m != 0f) {
                count += m;
                for (int k = 0; k < K; k++) {
                    double e = yb.get(r * K + k) - tb.get(r * K + k);
                    sum += m * e * e;
                }
            }
        }
        return count == 0 ? 0.0 : sum / (K * count);
    }

    /** Writes dL/dy into dy [B, T, K]. */
    public static void gradient(FloatArray y, FloatArray target, FloatArray mask, FloatArray dy) {
        long[] s = checkShapes(y, target, mask);
        dy.requireShape("dy", s);
        int rows = (int) (s[0] * s[1]), K = (int) s[2];
        FloatBuffer yb = y.buffer(), tb = target.buffer(), mb = mask.buffer(), db = dy.buffer();
        double count = 0;
        for (int r = 0; r < rows; r++) {
            count += mb.get(r);
        }
        float scale = count == 0 ? 0f : (float) (2.0 / (K * count));
        for (int r = 0; r < rows; r++) {
            float m = mb.get(r) * scale;
            for (int k = 0; k < K; k++) {
                db.put(r * K + k, m * (yb.get(r * K + k) - tb.get(r * K + k)));
            }
        }
    }

    private static long[] checkShapes(FloatArray y, FloatArray target, FloatArray mask) {
        long[] s = y.shape();
        if (s.length != 3) {
            throw new IllegalArgumentException("predictions must be [B, T, K], got " + y);
        }
        target.requireShape("target", s);
        mask.requireShape("mask", s[0], s[1]);
        return s;
    }
}
