package lstmbench.kernel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * GateMath on JDK 17's incubating Vector API, straight on the arrays' native memory
 * (FloatVector.fromByteBuffer / intoByteBuffer on FloatArray.bytes()), in the preferred species
 * (8 lanes with AVX2, 16 with AVX-512). Masked loads and stores would allocate on JDK 17 without
 * AVX-512, so segments are covered by whole vectors only: the passes that write other memory than
 * they read (tanh, cellState, hiddenState, backward) end each segment with a vector that ends at
 * its last element and may overlap the one before (recomputing a lane rewrites the same value);
 * activate, in place, hands the last n % lanes elements to ScalarGateMath; segments shorter than a
 * vector go to ScalarGateMath whole. Every operation is the one ScalarGateMath makes, in the same
 * order (exp included, see GateMath), so the two agree bit for bit.
 */
final class VectorGateMath extends GateMath {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    /** Rows shorter than a vector (H &lt; lanes) are done by the scalar code. */
    private static final ScalarGateMath SHORT_ROWS = new ScalarGateMath("scalar (rows shorter than a vector)");

    /** Floats per vector of the species this class computes in (FloatVector.SPECIES_PREFERRED). */
    static int preferredLanes() {
        return S.length();
    }

    @Override
    String description() {
        return "vector (jdk.incubator.vector, " + S.vectorBitSize() + "-bit, " + S.length() + " float lanes)";
    }

    // FloatVector's loads, stores and operations, exp's included, are written out in every loop
    // rather than called through helpers of this class: a vector handed to or returned from a
    // method that is not inlined is boxed, i.e. allocated, and whether C2 inlines an ordinary method
    // depends on the profile at the moment it compiles the caller. With exp as a helper (159 bytes of
    // bytecode) some compilations judged its call site cold and the callee "too large"; the forks
    // (JVMs) where that compilation stayed allocated about 1.7 MB per B = 32, H = 32 chunk and ran
    // slower, every iteration, while the others allocated about 500 B. The JDK's @ForceInline methods
    // are exempt. Each loop's exp is GateMath's, lane-wise, in ScalarGateMath.exp's order.

    @Override
    void activate(FloatArray z, int off, int n, boolean[] tanhLanes) {
        ByteBuffer zb = z.bytes();
        int k = 0;
        for (int end = S.loopBound(n); k < end; k += S.length()) {
            FloatVector x = FloatVector.fromByteBuffer(S, zb, 4 * (off + k), ORDER);
            VectorMask<Float> isTanh = VectorMask.fromArray(S, tanhLanes, k);
            FloatVector ax = x.abs();
            // e = exp(x.blend(ax.add(ax), isTanh).neg()), written out (see the comment above the loops)
            FloatVector ea = (x.blend(ax.add(ax), isTanh).neg()).max(EXP_MIN).min(EXP_MAX);
            FloatVector et = ea.mul(LOG2E).add(ROUNDER);
            FloatVector en = et.sub(ROUNDER);
            FloatVector er = ea.sub(en.mul(LN2_HI)).sub(en.mul(LN2_LO));
            FloatVector ey = er.mul(E0)
                    .add(E1)
                    .mul(er)
                    .add(E2)
                    .mul(er)
                    .add(E3)
                    .mul(er)
                    .add(E4)
                    .mul(er)
                    .add(E5)
                    .mul(er.mul(er))
                    .add(er)
                    .add(1f);
            IntVector eBits =
                    ((IntVector) et.reinterpretAsInts()).sub(ROUNDER_BITS - 127).lanewise(VectorOperators.LSHL, 23);
            FloatVector e = ey.mul(eBits.reinterpretAsFloats());
            FloatVector one = FloatVector.broadcast(S, 1f);
            FloatVector r = one.blend(one.sub(e), isTanh).div(one.add(e));
            r = r.lanewise(VectorOperators.NEG, isTanh.and(x.compare(VectorOperators.LT, 0f)));
            FloatVector x2 = x.mul(x);
            FloatVector series = x.mul(
                            x2.mul(T9).add(T7).mul(x2).add(T5).mul(x2).add(T3).mul(x2))
                    .add(x);
            r = r.blend(series, isTanh.and(ax.compare(VectorOperators.LT, SERIES_BOUND)));
            r.intoByteBuffer(zb, 4 * (off + k), ORDER);
        }
        ScalarGateMath.activate(z, off, n, tanhLanes, k);
    }

    @Override
    void tanh(FloatArray src, int srcOff, FloatArray dst, int dstOff, int n) {
        if (n < S.length()) {
            ScalarGateMath.tanh(src, srcOff, dst, dstOff, n, 0);
            return;
        }
        ByteBuffer s = src.bytes(), d = dst.bytes();
        for (int step = 0; step < n; step += S.length()) {
            int k = Math.min(step, n - S.length()); // the last vector ends at n (see the class comment)
            FloatVector x = FloatVector.fromByteBuffer(S, s, 4 * (srcOff + k), ORDER);
            FloatVector ax = x.abs();
            // e = exp(ax.mul(-2f)), written out (see the comment above the loops)
            FloatVector ea = (ax.mul(-2f)).max(EXP_MIN).min(EXP_MAX);
            FloatVector et = ea.mul(LOG2E).add(ROUNDER);
            FloatVector en = et.sub(ROUNDER);
            FloatVector er = ea.sub(en.mul(LN2_HI)).sub(en.mul(LN2_LO));
            FloatVector ey = er.mul(E0)
                    .add(E1)
                    .mul(er)
                    .add(E2)
                    .mul(er)
                    .add(E3)
                    .mul(er)
                    .add(E4)
                    .mul(er)
                    .add(E5)
                    .mul(er.mul(er))
                    .add(er)
                    .add(1f);
            IntVector eBits =
                    ((IntVector) et.reinterpretAsInts()).sub(ROUNDER_BITS - 127).lanewise(VectorOperators.LSHL, 23);
            FloatVector e = ey.mul(eBits.reinterpretAsFloats());
            FloatVector r = e.neg().add(1f).div(e.add(1f));
            r = r.lanewise(VectorOperators.NEG, x.compare(VectorOperators.LT, 0f));
            FloatVector x2 = x.mul(x);
            FloatVector series = x.mul(
                            x2.mul(T9).add(T7).mul(x2).add(T5).mul(x2).add(T3).mul(x2))
                    .add(x);
            r = r.blend(series, ax.compare(VectorOperators.LT, SERIES_BOUND));
            r.intoByteBuffer(d, 4 * (dstOff + k), ORDER);
        }
    }

    @Override
    void cellState(FloatArray gates, int gateOff, FloatArray cs, int prevOff, int nextOff, int batch, int hidden) {
        final int H = hidden, L = S.length();
        if (H < L) {
            SHORT_ROWS.cellState(gates, gateOff, cs, prevOff, nextOff, batch, H);
            return;
        }
        ByteBuffer a = gates.bytes(), c = cs.bytes();
        for (int b = 0; b < batch; b++) {
            for (int step = 0; step < H; step += L) {
                int j = Math.min(step, H - L);
                int zj = 4 * (gateOff + b * 4 * H + j), pj = 4 * (prevOff + b * H + j), nj = 4 * (nextOff + b * H + j);
                FloatVector i = FloatVector.fromByteBuffer(S, a, zj, ORDER);
                FloatVector f = FloatVector.fromByteBuffer(S, a, zj + 4 * H, ORDER);
                FloatVector g = FloatVector.fromByteBuffer(S, a, zj + 8 * H, ORDER);
                FloatVector cPrev = FloatVector.fromByteBuffer(S, c, pj, ORDER);
                f.mul(cPrev).add(i.mul(g)).intoByteBuffer(c, nj, ORDER);
            }
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
        final int H = hidden, L = S.length();
        if (H < L) {
            SHORT_ROWS.hiddenState(gates, gateOff, tanhC, stateOff, hs, nextOff, out, outOff, outStride, batch, H);
            return;
        }
        ByteBuffer a = gates.bytes(), tc = tanhC.bytes(), h = hs.bytes(), o = out.bytes();
        for (int b = 0; b < batch; b++) {
            for (int step = 0; step < H; step += L) {
                int j = Math.min(step, H - L);
                FloatVector v = FloatVector.fromByteBuffer(S, a, 4 * (gateOff + b * 4 * H + 3 * H + j), ORDER)
                        .mul(FloatVector.fromByteBuffer(S, tc, 4 * (stateOff + b * H + j), ORDER));
                v.intoByteBuffer(h, 4 * (nextOff + b * H + j), ORDER);
                v.intoByteBuffer(o, 4 * (outOff + b * outStride + j), ORDER);
            }
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
        final int H = hidden, L = S.length();
        if (H < L) {
            SHORT_ROWS.backward(
                    gates, gateOff, cs, tanhC, stateOff, dHidden, outOff, outStride, dh, dcIn, dcOut, dz, batch, H);
            return;
        }
        ByteBuffer a = gates.bytes(), c = cs.bytes(), tanh = tanhC.bytes(), dOut = dHidden.bytes();
        ByteBuffer dhRec = dh.bytes(), dcRec = dcIn.bytes(), dcNext = dcOut.bytes(), d = dz.bytes();
        for (int b = 0; b < batch; b++) {
            for (int step = 0; step < H; step += L) {
                int j = Math.min(step, H - L);
                // byte offsets: gate j of block q at zj + 4*q*H, states at sj, dHidden at oj, carries at rj
                int zj = 4 * (gateOff + b * 4 * H + j), sj = 4 * (stateOff + b * H + j);
                int oj = 4 * (outOff + b * outStride + j), rj = 4 * (b * H + j);
                FloatVector i = FloatVector.fromByteBuffer(S, a, zj, ORDER);
                FloatVector f = FloatVector.fromByteBuffer(S, a, zj + 4 * H, ORDER);
                FloatVector g = FloatVector.fromByteBuffer(S, a, zj + 8 * H, ORDER);
                FloatVector o = FloatVector.fromByteBuffer(S, a, zj + 12 * H, ORDER);
                FloatVector tc = FloatVector.fromByteBuffer(S, tanh, sj, ORDER);
                FloatVector dhj = FloatVector.fromByteBuffer(S, dOut, oj, ORDER)
                        .add(FloatVector.fromByteBuffer(S, dhRec, rj, ORDER));
                FloatVector dcj = FloatVector.fromByteBuffer(S, dcRec, rj, ORDER)
                        .add(dhj.mul(o).mul(tc.mul(tc).neg().add(1f)));
                dcj.mul(g).mul(i).mul(i.neg().add(1f)).intoByteBuffer(d, zj, ORDER);
                dcj.mul(FloatVector.fromByteBuffer(S, c, sj, ORDER))
                        .mul(f)
                        .mul(f.neg().add(1f))
                        .intoByteBuffer(d, zj + 4 * H, ORDER);
                dcj.mul(i).mul(g.mul(g).neg().add(1f)).intoByteBuffer(d, zj + 8 * H, ORDER);
                dhj.mul(tc).mul(o).mul(o.neg().add(1f)).intoByteBuffer(d, zj + 12 * H, ORDER);
                dcj.mul(f).intoByteBuffer(dcNext, rj, ORDER);
            }
        }
    }
}
