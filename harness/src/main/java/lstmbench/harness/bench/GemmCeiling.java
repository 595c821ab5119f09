package lstmbench.harness.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the machine's matrix-multiply ceiling for the kernel's one per-step product, the recurrent
 * z[B, 4H] = h[B, H] Wh[H, 4H] (2*B*H*4H FLOPs, LstmFlops.recurrentProduct), into a preallocated
 * result, in two ways:
 *
 * <pre>
 * nd4jGemm    Nd4j.gemm, the plain ND4J call a user would write: the ceiling the report compares
 *             the kernel's GFLOP/s against;
 * cblasSgemm  cblas_sgemm of the OpenBLAS that nd4j-native ships, on the same memory: the call
 *             the kernel itself makes per step, without ND4J's per-call overhead. The gap between
 *             the two is that overhead; kernel time over T * this time is what the gate math and
 *             the chunk-wide products add.
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class GemmCeiling {

    /** The operands of one recurrent product; the result is overwritten (beta = 0), so nothing accumulates. */
    @State(Scope.Thread)
    public static class RecurrentProduct {
        @Param({"10", "32", "64", "128"})
        public int H;

        @Param({"1", "32", "128"})
        public int B;

        INDArray h; // [B, H]
        INDArray wh; // [H, 4H]
        INDArray z; // [B, 4H]
        FloatPointer hPtr;
        FloatPointer whPtr;
        FloatPointer zPtr;

        @Setup
        public void allocate() {
            h = random(B, H);
            wh = random(H, 4 * H);
            z = Nd4j.zeros(DataType.FLOAT, B, 4 * H);
            hPtr = new FloatPointer(h.data().addressPointer());
            whPtr = new FloatPointer(wh.data().addressPointer());
            zPtr = new FloatPointer(z.data().addressPointer());
        }

        private static INDArray random(int rows, int cols) {
            SplittableRandom rng = new SplittableRandom(BenchData.SEED + rows * 31L + cols);
            float[] v = new float[rows * cols];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rng.nextDouble(-0.5, 0.5);
            }
            return Nd4j.create(v, new long[] {rows, cols}, DataType.FLOAT);
        }
    }

    @Benchmark
    public INDArray nd4jGemm(RecurrentProduct p) {
        return Nd4j.gemm(p.h, p.wh, p.z, false, false, 1.0, 0.0);
    }

    @Benchmark
    public INDArray cblasSgemm(RecurrentProduct p) {
        int g = 4 * p.H;
        openblas.cblas_sgemm(
                openblas.CblasRowMajor,
                openblas.CblasNoTrans,
                openblas.CblasNoTrans,
                p.B,
                g,
                p.H,
                1f,
                p.hPtr,
                p.H,
                p.whPtr,
                g,
                0f,
                p.zPtr,
                g);
        return p.z;
    }
}
