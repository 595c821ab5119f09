package lstmbench.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import lstmbench.kernel.Blas.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Blas.gemm routes a product by its shape (a rank-1 update for k = 1, one sgemv for n = 1, sgemv
 * per row for m &lt;= GEMV_MAX_ROWS, sgemm otherwise). Every route must compute the same
 * C = alpha op(A) op(B) + beta C as a plain triple loop in double, for both ops of both operands,
 * on sub-matrices at an offset with leading dimensions wider than the rows, and must leave every
 * element outside C's [m, n] block as it was.
 */
class BlasTest {
    static Stream<Arguments> products() {
        int[][] shapes = {
            {5, 7, 1}, // k = 1: rank-1 update (the input projection at I = 1, the head's dh at K = 1)
            {40, 1, 9}, // n = 1: one sgemv (dx at I = 1, the head's output at K = 1)
            {9, 1, 40}, // n = 1 with a long inner dimension (the head's weight gradient)
            {1, 1, 13}, // a dot product
            {3, 6, 4}, // m <= GEMV_MAX_ROWS: sgemv per row
            {20, 30, 25} // sgemm
        };
        List<Arguments> cases = new ArrayList<>();
        for (int[] s : shapes) {
            for (Op opA : Op.values()) {
                for (Op opB : Op.values()) {
                    for (float beta : new float[] {0f, 1f, 0.5f}) {
                        cases.add(Arguments.of(s[0], s[1], s[2], opA, opB, beta));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "m={0} n={1} k={2} {3}{4} beta={5}")
    @MethodSource("products")
    void everyRouteComputesTheSameProductAndTouchesNothingElse(int m, int n, int k, Op opA, Op opB, float beta) {
        SplittableRandom rng = new SplittableRandom(31L * m + 7L * n + k);
        // stored shapes: op(A) is [m, k], so A is [m, k] with N and [k, m] with T; likewise B
        int rowsA = opA == Op.N ? m : k, colsA = opA == Op.N ? k : m;
        int rowsB = opB == Op.N ? k : n, colsB = opB == Op.N ? n : k;
        int lda = colsA + 3, ldb = colsB + 2, ldc = n + 5;
        int offA = 4, offB = 6, offC = 3;
        FloatArray a = random(offA + rowsA * lda, rng), b = random(offB + rowsB * ldb, rng);
        FloatArray c = random(offC + m * ldc + 4, rng);
        float[] before = c.toFloatArray();
        float alpha = 1.5f;

        // spotless:off
        Blas.gemm(opA, opB, m, n, k, alpha, a, offA, lda, b, offB, ldb, beta, c, offC, ldc);
        // spotless:on

        float[] after = c.toFloatArray();
        for (int at = 0; at < after.length; at++) {
            int rel = at - offC, r = Math.floorDiv(rel, ldc), j = Math.floorMod(rel, ldc);
            if (rel < 0 || r >= m || j >= n) {
                assertEquals(before[at], after[at], "element " + at + " lies outside C and must not change");
                continue;
            }
            double sum = 0;
            for (int p = 0; p < k; p++) {
                double x = opA == Op.N ? a.get(offA + r * lda + p) : a.get(offA + p * lda + r);
                double y = opB == Op.N ? b.get(offB + p * ldb + j) : b.get(offB + j * ldb + p);
                sum += x * y;
            }
            double expected = alpha * sum + beta * before[at];
            assertEquals(expected, after[at], 1e-5 * (1 + Math.abs(expected)), "C[" + r + ", " + j + "]");
        }
    }

    private static FloatArray random(int length, SplittableRandom rng) {
        float[] v = new float[length];
        for (int i = 0; i < length; i++) {
            v[i] = (float) rng.nextDouble(-1, 1);
        }
        return FloatArray.of(v, length);
    }
}
