package lstmbench.kernel;

import java.nio.FloatBuffer;

/**
 * GateMath in plain loops over the arrays' FloatBuffers: the fallback where the Vector API is
 * unavailable, and the code VectorGateMath runs on what does not fill a vector (the static methods
 * take the index {@code from} at which a segment's loop starts). exp, sigmoid and tanh make the
 * same float operations in the same order as VectorGateMath's, so the two agree bit for bit.
 */
final class ScalarGateMath extends GateMath {
    private final String description;

    ScalarGateMath(String description) {
        this.description = description;
    }

    @Override
    String description() {
        return description;
    }

    /** exp(a) in float (see GateMath for the method). */
    static float exp(float a) {
        float x = Math.min(Math.max(a, EXP_MIN), EXP_MAX);
        float t = x * LOG2E + ROUNDER;
        float n = t - ROUNDER;
        float r = x - n * LN2_HI - n * LN2_LO;
        float y = (((((E0 * r + E1) * r + E2) * r + E3) * r + E4) * r + E5) * (r * r) + r + 1f;
        return y * Float.intBitsToFloat((Float.floatToRawIntBits(t) - ROUNDER_BITS + 127) << 23);
    }

    static float sigmoid(float x) {
        return 1f / (1f + exp(-x));
    }

    /** sign(x) (1 - e) / (1 + e) with e = exp(-2|x|), and the series near 0 (see GateMath). */
    static float tanh(float x) {
        float ax = Math.abs(x);
        if (ax < SERIES_BOUND) {
            float x2 = x * x;
            return x * ((((x2 * T9 + T7) * x2 + T5) * x2 + T3) * x2) + x;
        }
        float e = exp(ax * -2f);
        float r = (1f - e) / (1f + e);
        return x < 0 ? -r : r;
    }

    @Override
    void activate(FloatArray z, int off, int n, boolean[] tanhLanes) {
        activate(z, off, n, tanhLanes, 0);
    }

    /** activate over lanes [from, n). */
    static void activate(FloatArray z, int off, int n, boolean[] tanhLanes, int from) {
        FloatBuffer zb = z.buffer();
        for (int k = from; k < n; k++) {
            float x = zb.get(off + k);
            zb.put(off + k, tanhLanes[k] ? tanh(x) : sigmoid(x));
        }
    }

    @Override
    void tanh(FloatArray src, int srcOff, FloatArray dst, int dstOff, int n) {
        tanh(src, srcOff, dst, dstOff, n, 0);
    }

    /** tanh over [from, n). */
    static void tanh(FloatArray src, int srcOff, FloatArray dst, int dstOff, int n, int from) {
        FloatBuffer s = src.buffer(), d = dst.buffer();
        for (int k = from; k < n; k++) {
            d.put(dstOff + k, tanh(s.get(srcOff + k)));
        }
    }

    @Override
    void cellState(FloatArray gates, int gateOff, FloatArray cs, int prevOff, int nextOff, int batch, int hidden) {
        for (int b = 0; b < batch; b++) {
            cellStateRow(gates, gateOff + b * 4 * hidden, cs, prevOff + b * hidden, nextOff + b * hidden, hidden, 0);
        }
    }

    /** cellState of one row, over j in [from, hidden). */
    static void cellStateRow(
            FloatArray gates, int gateRow, FloatArray cs, int prevRow, int nextRow, int hidden, int from) {
        FloatBuffer a = gates.buffer(), c = cs.buffer();
        final int H = hidden;
        for (int j = from; j < H; j++) {
            float i = a.get(gateRow + j), f = a.get(gateRow + H + j), g = a.get(gateRow + 2 * H + j);
            c.put(nextRow + j, f * c.get(prevRow + j) + i * g);
        }
    }

    @Override
    void hiddenState(
            FloatArray gates,
            int gateOff,
            FloatArray tanhC,
            int stateOff,
            FloatArray hs,
            int nextOff,
            FloatArray out,
            int outOff,
            int outStride,
            int batch,
            int hidden) {
        for (int b = 0; b < batch; b++) {
            hiddenStateRow(
                    gates,
                    gateOff + b * 4 * hidden,
                    tanhC,
                    stateOff + b * hidden,
                    hs,
                    nextOff + b * hidden,
                    out,
                    outOff + b * outStride,
                    hidden,
                    0);
        }
    }

    /** hiddenState of one row, over j in [from, hidden). */
    static void hiddenStateRow(
            FloatArray gates,
            int gateRow,
            FloatArray tanhC,
            int stateRow,
            FloatArray hs,
            int nextRow,
            FloatArray out,
            int outRow,
            int hidden,
            int from) {
        FloatBuffer a = gates.buffer(), tc = tanhC.buffer(), h = hs.buffer(), o = out.buffer();
        final int H = hidden;
        for (int j = from; j < H; j++) {
            float v = a.get(gateRow + 3 * H + j) * tc.get(stateRow + j);
            h.put(nextRow + j, v);
            o.put(outRow + j, v);
        }
    }

    @Override
    void backward(
            FloatArray gates,
            int gateOff,
            FloatArray cs,
            FloatArray tanhC,
            int stateOff,
            FloatArray dHidden,
            int outOff,
            int outStride,
            FloatArray dh,
            FloatArray dcIn,
            FloatArray dcOut,
            FloatArray dz,
            int batch,
            int hidden) {
        for (int b = 0; b < batch; b++) {
            backwardRow(
                    gates,
                    gateOff + b * 4 * hidden,
                    cs,
                    tanhC,
                    stateOff + b * hidden,
                    dHidden,
                    outOff + b * outStride,
                    dh,
                    dcIn,
                    dcOut,
                    b * hidden,
                    dz,
                    hidden,
                    0);
        }
    }

    /** backward of one row (dh, dcIn and dcOut at carryRow), over j in [from, hidden). */
    static void backwardRow(
            FloatArray gates,
            int gateRow,
            FloatArray cs,
            FloatArray tanhC,
            int stateRow,
            FloatArray dHidden,
            int outRow,
            FloatArray dh,
            FloatArray dcIn,
            FloatArray dcOut,
            int carryRow,
            FloatArray dz,
            int hidden,
            int from) {
        FloatBuffer a = gates.buffer(), c = cs.buffer(), tanh = tanhC.buffer(), dOut = dHidden.buffer();
        FloatBuffer dhRec = dh.buffer(), dcRec = dcIn.buffer(), dcNext = dcOut.buffer(), d = dz.buffer();
        final int H = hidden;
        for (int j = from; j < H; j++) {
            float i = a.get(gateRow + j);
            float f = a.get(gateRow + H + j);
            float g = a.get(gateRow + 2 * H + j);
            float o = a.get(gateRow + 3 * H + j);
            float tc = tanh.get(stateRow + j);
            float dhj = dOut.get(outRow + j) + dhRec.get(carryRow + j);
            float dcj = dcRec.get(carryRow + j) + dhj * o * (1f - tc * tc);
            d.put(gateRow + j, dcj * g * i * (1f - i));
            d.put(gateRow + H + j, dcj * c.get(stateRow + j) * f * (1f - f));
            d.put(gateRow + 2 * H + j, dcj * i * (1f - g * g));
            d.put(gateRow + 3 * H + j, dhj * tc * o * (1f - o));
            dcNext.put(carryRow + j, dcj * f);
        }
    }
}
