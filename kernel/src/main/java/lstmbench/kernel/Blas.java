package lstmbench.kernel;

import java.nio.FloatBuffer;
import org.bytedeco.openblas.global.openblas;

/**
 * Row-major single-precision matrix products for the kernel, called straight into the OpenBLAS
 * library that nd4j-native ships (org.bytedeco.openblas). Measured on this machine, Nd4j.gemm
 * costs about 20 us and 4 KB of garbage per call at B=32, H=10, while cblas_sgemm on the same
 * memory costs about 1.3 us and allocates nothing: the time loop makes one product per step,
 * so the per-call overhead decides small-H throughput.
 *
 * <p>Sub-matrices are addressed by an element offset and a leading dimension, as in BLAS itself, so
 * a step's [B, 4H] slice of a [T, B, 4H] array needs no view object.
 *
 * <p>Products of at most GEMV_MAX_ROWS rows are made as one sgemv per row: OpenBLAS 0.3.19's sgemm
 * packs the whole right operand on every call whatever the rows, so a [1, H] x [H, 4H] product
 * costs about as much as an [8, H] one. Measured on this machine (2-core AMD EPYC, AVX2, single
 * thread) for the recurrent product h[B, H] Wh[H, 4H], sgemm against B sgemv calls:
 *
 * <pre>
 *          B = 1            B = 4            B = 8           B = 32
 * H = 10   0.35 / 0.08 us   0.50 / 0.46 us   0.51 / 0.52 us  1.2 / 2.2 us
 * H = 32   2.7  / 0.20 us   3.7  / 1.2  us   4.1  / 1.3  us  7.1 / 6.6 us
 * H = 128  45   / 3.2  us   45   / 14   us   52   / 26   us  94  / 138 us
 * </pre>
 *
 * <p>Two more shapes skip sgemm, which handles neither well: a product with inner dimension 1 is
 * a rank-1 update (sger, after zeroing C when beta = 0), and a product with one column is one
 * sgemv. With one input and one output (I = K = 1) those are the input projection, dx and the dense
 * head's three products. Timed on this machine per chunk at B = 32, T = 50, H = 32 (best of 7
 * rounds, sgemm before / route after): input projection [1600, 1] x [1, 128] 95 / 49 us, dx
 * [1600, 128] x [128, 1] 96 / 15 us, head output 25 / 4 us, head weight gradient 27 / 3 us, head dh
 * 26 / 15 us; together about a tenth of the chunk's forward and backward.
 */
final class Blas {
    private Blas() {}

    /** Whether an operand is used as stored (N) or transposed (T). */
    enum Op {
        N(openblas.CblasNoTrans),
        T(openblas.CblasTrans);

        final int cblas;

        Op(int cblas) {
            this.cblas = cblas;
        }
    }

    /** Products with at most this many rows are made row by row with sgemv (see above). */
    static final int GEMV_MAX_ROWS = 8;

    /**
     * C[m, n] = alpha * op(A)[m, k] * op(B)[k, n] + beta * C, all row-major.
     * With opA = T, A is stored as [k, m] (leading dimension lda >= m); with N as [m, k].
     * The three arrays must be distinct objects (each call positions an array's one pointer).
     */
    static void gemm(
            Op opA,
            Op opB,
            int m,
            int n,
            int k,
            float alpha,
            FloatArray a,
            long offA,
            int lda,
            FloatArray b,
            long offB,
            int ldb,
            float beta,
            FloatArray c,
            long offC,
            int ldc) {
        if (k == 1 && (beta == 0f || beta == 1f)) {
            // C = alpha * (op(A)'s one column) (op(B)'s one row) [+ C]: a rank-1 update, which sgemm
            // makes up to twice as slow (it packs both operands for a product with nothing to sum; see above)
            if (beta == 0f) {
                zero(c, offC, m, n, ldc);
            }
            // spotless:off
            ger(m, n, alpha, a, offA, opA == Op.N ? lda : 1, b, offB, opB == Op.N ? 1 : ldb, c, offC, ldc);
            // spotless:on
            return;
        }
        if (n == 1) {
            // C's one column = alpha * op(A) x + beta * C, x = op(B)'s one column: one sgemv, which
            // OpenBLAS 0.3.19's sgemm does not pick by itself for a single column (6 to 9 times slower, see above)
            int rowsA = opA == Op.N ? m : k, colsA = opA == Op.N ? k : m;
            // spotless:off
            gemv(opA, rowsA, colsA, alpha, a, offA, lda, b, offB, opB == Op.N ? ldb : 1, beta, c, offC, ldc);
            // spotless:on
            return;
        }
        if (m <= GEMV_MAX_ROWS) {
            // row r of C = alpha * (row r of op(A)) op(B) + beta * (row r of C); with op(B) = B stored
            // [k, n] that is B^T x (sgemv T), with op(B) = B^T stored [n, k] it is B x (sgemv N)
            Op opV = opB == Op.N ? Op.T : Op.N;
            int rowsB = opB == Op.N ? k : n, colsB = opB == Op.N ? n : k;
            int incX = opA == Op.N ? 1 : lda;
            for (int r = 0; r < m; r++) {
                long x = offA + (opA == Op.N ? (long) r * lda : r);
                // spotless:off
                gemv(opV, rowsB, colsB, alpha, b, offB, ldb, a, x, incX, beta, c, offC + (long) r * ldc, 1);
                // spotless:on
            }
            return;
        }
        openblas.cblas_sgemm(
                openblas.CblasRowMajor,
                opA.cblas,
                opB.cblas,
                m,
                n,
                k,
                alpha,
                a.pointer().position(offA),
                lda,
                b.pointer().position(offB),
                ldb,
                beta,
                c.pointer().position(offC),
                ldc);
    }

    /** Zeroes C[m, n] (leading dimension ldc), a row at a time from a shared block of zeros. */
    private static void zero(FloatArray c, long offC, int m, int n, int ldc) {
        FloatBuffer buffer = c.buffer();
        long rowsAtOnce = ldc == n ? m : 1; // contiguous rows are one span
        long span = rowsAtOnce * n;
        for (long row = 0; row < m; row += rowsAtOnce) {
            long start = offC + row * ldc;
            for (long done = 0; done < span; done += ZEROS.length) {
                int len = (int) Math.min(ZEROS.length, span - done);
                buffer.put(Math.toIntExact(start + done), ZEROS, 0, len);
            }
        }
    }

    private static final float[] ZEROS = new float[4096];

    /**
     * y = alpha * op(A) x + beta * y, A stored row-major [m, n] (leading dimension lda); op(A) is
     * [m, n] with N (x has n elements, y m) and [n, m] with T. x and y are strided by incX, incY.
     */
    static void gemv(
            Op opA,
            int m,
            int n,
            float alpha,
            FloatArray a,
            long offA,
            int lda,
            FloatArray x,
            long offX,
            int incX,
            float beta,
            FloatArray y,
            long offY,
            int incY) {
        openblas.cblas_sgemv(
                openblas.CblasRowMajor,
                opA.cblas,
                m,
                n,
                alpha,
                a.pointer().position(offA),
                lda,
                x.pointer().position(offX),
                incX,
                beta,
                y.pointer().position(offY),
                incY);
    }

    /** A[m, n] += alpha * x y^T (row-major, leading dimension lda): a rank-1 update. */
    static void ger(
            int m,
            int n,
            float alpha,
            FloatArray x,
            long offX,
            int incX,
            FloatArray y,
            long offY,
            int incY,
            FloatArray a,
            long offA,
            int lda) {
        openblas.cblas_sger(
                openblas.CblasRowMajor,
                m,
                n,
                alpha,
                x.pointer().position(offX),
                incX,
                y.pointer().position(offY),
                incY,
                a.pointer().position(offA),
                lda);
    }
}
