package lstmbench.kernel;

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
 */
final class Blas {
    private Blas() {
    }

    /** Whether an operand is used as stored (N) or transposed (T). */
    enum Op {
        N(openblas.CblasNoTrans), T(openblas.CblasTrans);

        final int cblas;

        Op(int cblas) {
            this.cblas = cblas;
        }
    }

    /**
     * C[m, n] = alpha * op(A)[m, k] * op(B)[k, n] + beta * C, all row-major.
     * With opA = T, A is stored as [k, m] (leading dimension lda >= m); with N as [m, k].
     */
    static void gemm(Op opA, Op opB, int m, int n, int k,
                     float alpha, FloatArray a, long offA, int lda,
                     FloatArray b, long offB, int ldb,
                     float beta, FloatArray c, long offC, int ldc) {
        openblas.cblas_sgemm(openblas.CblasRowMajor,
                opA.cblas, opB.cblas,
                m, n, k,
                alpha, a.pointer().position(offA), lda,
                b.pointer().position(offB), ldb,
                beta, c.pointer().position(offC), ldc);
    }
}
