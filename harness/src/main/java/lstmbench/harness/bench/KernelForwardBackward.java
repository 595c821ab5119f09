package lstmbench.harness.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import lstmbench.kernel.Chunk;
import lstmbench.kernel.FloatArray;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.Lstm;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.kernel.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: one chunk's forward and backward pass through this project's kernel, the unit of work every
 * strategy repeats. The model is the one the strategies train (lstmbench.kernel.Network: LSTM,
 * dense head on every step, masked MSE over every step), on a chunk of B streams and T steps of a
 * 1-D series (I = 1, K = 1), starting from a zero state with the gradient cut at the chunk's end.
 *
 * <p>One operation = zero the gradient buffers, forward, backward: what a training step costs
 * before the optimiser touches the weights. The weights are never updated here; they are still
 * restored from the seeded initial copy before every iteration, so no iteration can measure other
 * weights than the first. Throughput and achieved GFLOP/s follow from the time per op: rows T*B per
 * op and LstmFlops.forwardBackward(H, B, T, I) FLOPs per op (see BenchmarkSuite).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Djava.awt.headless=true", "--add-modules=jdk.incubator.vector"})
public class KernelForwardBackward {

    /** The model, its gradient buffers, one chunk and the workspace for its shape. */
    @State(Scope.Thread)
    public static class ChunkPass {
        @Param({"10", "32", "64", "128"})
        public int H;

        @Param({"1", "32", "128"})
        public int B;

        @Param("50")
        public int T;

        @Param("1")
        public int I;

        ModelParams initial;
        ModelParams params;
        List<FloatArray> weights;
        List<FloatArray> gradients;
        ModelParams grads;
        Chunk chunk;
        LstmState s0; // [B, H] each, zeros
        LstmState dFinal; // [B, H] each, zeros: the gradient is cut at the chunk's end
        Network.Workspace workspace;

        @Setup(Level.Trial)
        public void allocate() {
            ModelDims dims = new ModelDims(I, H, 1);
            initial = Initializer.initialize(dims, BenchData.SEED);
            params = initial.copy();
            weights = params.tensors();
            grads = params.zerosLike();
            gradients = grads.tensors();
            chunk = new Chunk(
                    FloatArray.of(BenchData.inputs(B, T, I), B, T, I),
                    FloatArray.of(BenchData.targets(B, T), B, T, 1),
                    FloatArray.of(BenchData.ones(B * T), B, T));
            s0 = LstmState.zeros(B, H);
            dFinal = LstmState.zeros(B, H);
            workspace = new Network.Workspace(dims, B, T);
        }

        @Setup(Level.Iteration)
        public void resetWeights() {
            List<FloatArray> pristine = initial.tensors();
            for (int k = 0; k < weights.size(); k++) {
                weights.get(k).copyFrom(pristine.get(k));
            }
        }
    }

    @Benchmark
    public Lstm.Backward forwardBackward(ChunkPass s, Blackhole loss) {
        for (FloatArray g : s.gradients) {
            g.fill(0f);
        }
        loss.consume(Network.forward(s.params, s.chunk, s.s0, s.workspace));
        return Network.backward(s.params, s.chunk, s.dFinal, s.workspace, s.grads);
    }
}
