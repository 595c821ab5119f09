package lstmbench.harness.bench;

import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;
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
 * JMH: the peer. deeplearning4j's own LSTM layer (deeplearning4j-nn, the LSTM without peepholes,
 * tanh cell and sigmoid gates like the kernel) under an RnnOutputLayer with identity activation
 * and MSE on every step: the same model, chunk shape and data as KernelForwardBackward, used the
 * way a deeplearning4j user trains it (MultiLayerNetwork, float32, default workspaces and helpers).
 *
 * <p>One operation = computeGradientAndScore(): forward, loss and backward through both layers,
 * without an updater step. The parameters are restored from the initial copy before every
 * iteration, so no iteration measures other weights than the first.
 * Input layout is deeplearning4j's default NCW: x [B, I, T], labels [B, 1, T].
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class Dl4jLstmForwardBackward {

    /** The network, its initial parameters and one chunk in deeplearning4j's layout. */
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

        MultiLayerNetwork net;
        INDArray initialParams;
        INDArray x; // [B, I, T]
        INDArray labels; // [B, 1, T]

        @Setup(Level.Trial)
        public void allocate() {
            MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                    .seed(BenchData.SEED)
                    .dataType(DataType.FLOAT)
                    .weightInit(WeightInit.XAVIER)
                    .updater(new Sgd(0.0))
                    .list()
                    .layer(new LSTM.Builder()
                            .nIn(I)
                            .nOut(H)
                            .activation(Activation.TANH)
                            .gateActivationFunction(Activation.SIGMOID)
                            .build())
                    .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE)
                            .activation(Activation.IDENTITY)
                            .nIn(H)
                            .nOut(1)
                            .build())
                    .build();
            net = new MultiLayerNetwork(conf);
            net.init();
            initialParams = net.params().dup();
            x = Nd4j.create(ncw(BenchData.inputs(B, T, I), B, T, I), new long[] {B, I, T}, DataType.FLOAT);
            labels = Nd4j.create(ncw(BenchData.targets(B, T), B, T, 1), new long[] {B, 1, T}, DataType.FLOAT);
        }

        @Setup(Level.Iteration)
        public void resetWeights() {
            net.setParams(initialParams);
        }

        /** [B, T, F] c-order values to [B, F, T] c-order. */
        private static float[] ncw(float[] btf, int batch, int time, int features) {
            float[] out = new float[btf.length];
            for (int b = 0; b < batch; b++) {
                for (int t = 0; t < time; t++) {
                    for (int f = 0; f < features; f++) {
                        out[(b * features + f) * time + t] = btf[(b * time + t) * features + f];
                    }
                }
            }
            return out;
        }
    }

    @Benchmark
    public Gradient forwardBackward(ChunkPass s, Blackhole score) {
        s.net.setInput(s.x);
        s.net.setLabels(s.labels);
        s.net.computeGradientAndScore();
        score.consume(s.net.score());
        return s.net.gradient();
    }
}
