package lstmbench.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Cross-check of the kernel's LSTM against an implementation nobody here wrote: the LSTM layer of
 * deeplearning4j-nn 1.0.0-M2.1 (org.deeplearning4j.nn.layers.recurrent.LSTM, whose math lives in
 * LSTMHelpers; no peepholes, activation tanh, gate activation sigmoid). Our float32 weights are
 * copied into its parameter table, mapped to its gate order; it runs in double precision, so the
 * differences measure our float32 rounding and nothing else. Compared: the hidden output of every
 * step, and, for the same random upstream gradient dL/dh at every step (dFinal zero), the
 * gradients for W, RW, b and the inputs. On CPU the 1.0.0-M2.1 layer has no native helper (it only
 * looks for the CUDA cuDNN one), so what runs is LSTMHelpers' own Java/ND4J code.
 *
 * <p>dl4j's gate order, read in deeplearning4j/deeplearning4j
 *
 * <pre>
 * deeplearning4j-nn/.../nn/layers/recurrent/LSTMHelpers.java (activateHelper) and
 * deeplearning4j-nn/.../nn/params/LSTMParamInitializer.java,
 * </pre>
 *
 * and confirmed below by trying all 24 block orders: the 4*nOut columns of
 *
 * <pre>
 * W [nIn, 4nOut], RW [nOut, 4nOut], b [1, 4nOut]
 * </pre>
 *
 * are four blocks of nOut columns, used as z = x W + h_prev RW + b (same orientation as ours):
 *
 * <pre>
 * block 0  z[:, 0:n)    layer activation (tanh)  "input activations"       = our g (candidate)
 * block 1  z[:, n:2n)   gate activation (sigmoid) forget gate              = our f
 * block 2  z[:, 2n:3n)  gate activation (sigmoid) output gate              = our o
 * block 3  z[:, 3n:4n)  gate activation (sigmoid) "input modulation gate"  = our i (input gate)
 * c = f * c_prev + block3 * block0,  h = o * tanh(c)
 * </pre>
 *
 * dl4j's comments call this order "IFOG", but its "I" is the tanh block input and its "G" the
 * sigmoid gate that multiplies it; in our names the order is g | f | o | i (ours: i | f | g | o).
 * (dl4j stores W and RW in 'f' order in memory; assigning through getParam(..).assign handles
 * that.)
 *
 * <p>Data format: dl4j's default RNNFormat.NCW, inputs [B, I, T], outputs and dL/dh [B, H, T];
 * ours are [B, T, I] and [B, T, H]; the conversions below are written out index by index.
 *
 * <p>Initial state: the layer's activate/backpropGradient always start from zeros, but its TBPTT
 * path takes one: rnnActivateUsingStoredState reads the state set by rnnSetTBPTTState, and
 * tbpttBackpropGradient (with a backward length of T, i.e. no truncation inside the chunk) reads
 * the state set by rnnSetPreviousState. dl4j does not return the gradient for the initial state, so
 * dh0/dc0 are checked indirectly: our two chunks with dState0 handed back equal dl4j's single pass
 * over the whole sequence.
 */
class Dl4jCrossCheckTest {
    /** |ours - dl4j| &lt;= ATOL + RTOL * |dl4j| for every element (ours float32, dl4j float64). */
    static final double ATOL = 1e-5;

    static final double RTOL = 1e-5;

    /**
     * The gate-order permutation: dl4j's block k holds our gate DL4J_BLOCK_TO_OUR_GATE[k], with our
     * gates numbered i=0, f=1, g=2, o=3. dl4j order g | f | o | i.
     */
    static final int[] DL4J_BLOCK_TO_OUR_GATE = {2, 1, 3, 0};

    // ---------------------------------------------------------------- gate mapping and layouts

    /** Ours [R, 4H] (row-major) -> dl4j's [R, 4H] in double: dl4j[r, k*H + j] = ours[r, perm[k]*H + j]. */
    static INDArray toDl4j(FloatArray ours, int hidden, int[] perm) {
        int rows = (int) ours.shape()[0], g = 4 * hidden;
        INDArray out = Nd4j.create(DataType.DOUBLE, rows, g);
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < 4; k++) {
                for (int j = 0; j < hidden; j++) {
                    out.putScalar(r, k * hidden + j, ours.get(r * g + perm[k] * hidden + j));
                }
            }
        }
        return out;
    }

    /**
     * dl4j's [R, 4H] -> our layout, row-major: ours[r, perm[k]*H + j] = dl4j[r, k*H + j]. (dl4j hands
     * the bias gradient back as a rank-1 [4H], read here as [1, 4H].)
     */
    static double[] fromDl4j(INDArray gradient, int hidden, int[] perm) {
        INDArray dl4j = gradient.rank() == 1 ? gradient.reshape(1, gradient.length()) : gradient;
        int rows = (int) dl4j.size(0), g = 4 * hidden;
        double[] out = new double[rows * g];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < 4; k++) {
                for (int j = 0; j < hidden; j++) {
                    out[r * g + perm[k] * hidden + j] = dl4j.getDouble(r, k * hidden + j);
                }
            }
        }
        return out;
    }

    /** Ours [B, T, W] -> dl4j's NCW [B, W, T] in double. */
    static INDArray toNcw(FloatArray a) {
        long[] s = a.shape();
        int bs = (int) s[0], ts = (int) s[1], w = (int) s[2];
        INDArray out = Nd4j.create(DataType.DOUBLE, bs, w, ts);
        for (int b = 0; b < bs; b++) {
            for (int t = 0; t < ts; t++) {
                for (int k = 0; k < w; k++) {
                    out.putScalar(new long[] {b, k, t}, a.get((b * ts + t) * w + k));
                }
            }
        }
        return out;
    }

    /** dl4j's NCW [B, W, T] -> our layout [B, T, W], flat row-major. */
    static double[] fromNcw(INDArray a) {
        int bs = (int) a.size(0), w = (int) a.size(1), ts = (int) a.size(2);
        double[] out = new double[bs * ts * w];
        for (int b = 0; b < bs; b++) {
            for (int t = 0; t < ts; t++) {
                for (int k = 0; k < w; k++) {
                    out[(b * ts + t) * w + k] = a.getDouble(b, k, t);
                }
            }
        }
        return out;
    }

    static INDArray toDouble(FloatArray state) {
        return state.array().castTo(DataType.DOUBLE).dup('c');
    }

    // ---------------------------------------------------------------- the dl4j side

    /** A one-layer dl4j network holding our weights, mapped with {@code perm}. */
    static org.deeplearning4j.nn.layers.recurrent.LSTM dl4jLayer(LstmParams p, int[] perm) {
        int inputs = p.inputSize(), hidden = p.hiddenSize();
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .seed(12345)
                .list()
                .layer(new LSTM.Builder()
                        .nIn(inputs)
                        .nOut(hidden)
                        .activation(Activation.TANH)
                        .gateActivationFunction(Activation.SIGMOID)
                        .build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        net.initGradientsView();
        org.deeplearning4j.nn.layers.recurrent.LSTM layer =
                (org.deeplearning4j.nn.layers.recurrent.LSTM) net.getLayer(0);
        layer.getParam("W").assign(toDl4j(p.wx(), hidden, perm));
        layer.getParam("RW").assign(toDl4j(p.wh(), hidden, perm));
        layer.getParam("b").assign(toDl4j(p.b(), hidden, perm));
        return layer;
    }

    /** What dl4j computes, already in our layouts: hidden [B, T, H], dx [B, T, I], weight gradients as ours. */
    record Result(double[] hidden, double[] dx, double[] dWx, double[] dWh, double[] db) {}

    static Map<String, INDArray> stateMap(LstmState s0) {
        Map<String, INDArray> m = new HashMap<>();
        m.put(org.deeplearning4j.nn.layers.recurrent.LSTM.STATE_KEY_PREV_ACTIVATION, toDouble(s0.h()));
        m.put(org.deeplearning4j.nn.layers.recurrent.LSTM.STATE_KEY_PREV_MEMCELL, toDouble(s0.c()));
        return m;
    }

    /** dl4j forward and backward from state s0 (null: its plain zero-state path); dHidden null: forward only. */
    static Result dl4j(LstmParams p, int[] perm, FloatArray x, LstmState s0, FloatArray dHidden) {
        org.deeplearning4j.nn.layers.recurrent.LSTM layer = dl4jLayer(p, perm);
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        INDArray xNcw = toNcw(x);
        INDArray epsNcw = dHidden == null ? null : toNcw(dHidden);
        int time = (int) x.shape()[1];
        INDArray out;
        Pair<Gradient, INDArray> back = null;
        if (s0 == null) {
            out = layer.activate(xNcw, true, mgr).dup();
            if (epsNcw != null) {
                back = layer.backpropGradient(epsNcw, mgr);
            }
        } else {
            layer.rnnSetTBPTTState(stateMap(s0));
            out = layer.rnnActivateUsingStoredState(xNcw, true, false, mgr).dup();
            if (epsNcw != null) {
                layer.rnnSetPreviousState(stateMap(s0));
                back = layer.tbpttBackpropGradient(epsNcw, time, mgr);
            }
        }
        if (back == null) {
            return new Result(fromNcw(out), null, null, null, null);
        }
        int hidden = p.hiddenSize();
        Gradient g = back.getFirst();
        return new Result(
                fromNcw(out),
                fromNcw(back.getSecond()),
                fromDl4j(g.getGradientFor("W"), hidden, perm),
                fromDl4j(g.getGradientFor("RW"), hidden, perm),
                fromDl4j(g.getGradientFor("b"), hidden, perm));
    }

    // ---------------------------------------------------------------- our side

    record Ours(float[] hidden, float[] dx, LstmParams grads) {}

    static Ours ours(LstmParams p, FloatArray x, LstmState s0, FloatArray dHidden, LstmState dFinal) {
        long[] s = x.shape();
        int bs = (int) s[0], ts = (int) s[1], hidden = p.hiddenSize();
        LstmCache cache = new LstmCache(bs, ts, p.inputSize(), hidden);
        Lstm.Forward f = Lstm.forward(p, x, s0, cache);
        float[] h = f.hidden().toFloatArray();
        LstmParams grads = LstmParams.zeros(p.inputSize(), hidden);
        Lstm.Backward b = Lstm.backward(p, cache, dHidden, dFinal, grads);
        return new Ours(h, b.dx().toFloatArray(), grads);
    }

    // ---------------------------------------------------------------- fixtures and comparison

    static LstmParams params(int inputs, int hidden, SplittableRandom rng) {
        LstmParams p = LstmParams.zeros(inputs, hidden);
        for (FloatArray t : p.tensors()) {
            Fixtures.fillUniform(t, 0.6, rng);
        }
        return p;
    }

    static FloatArray uniform(SplittableRandom rng, double bound, long... shape) {
        FloatArray a = FloatArray.zeros(shape);
        Fixtures.fillUniform(a, bound, rng);
        return a;
    }

    /** Largest |ours - dl4j| / (ATOL + RTOL |dl4j|): at most 1 when every element agrees. */
    static double worstRatio(float[] ours, double[] dl4j) {
        assertEquals(dl4j.length, ours.length, "lengths");
        double worst = 0;
        for (int i = 0; i < ours.length; i++) {
            worst = Math.max(worst, Math.abs(ours[i] - dl4j[i]) / (ATOL + RTOL * Math.abs(dl4j[i])));
        }
        return worst;
    }

    static double maxAbsDiff(float[] ours, double[] dl4j) {
        double worst = 0;
        for (int i = 0; i < ours.length; i++) {
            worst = Math.max(worst, Math.abs(ours[i] - dl4j[i]));
        }
        return worst;
    }

    static void assertAgrees(String what, float[] ours, double[] dl4j) {
        double ratio = worstRatio(ours, dl4j);
        assertTrue(
                ratio <= 1,
                what + ": max |ours - dl4j| = " + maxAbsDiff(ours, dl4j) + ", " + ratio + " times the tolerance " + ATOL
                        + " + " + RTOL + " |dl4j|");
    }

    static void assertAllAgree(String shape, Ours ours, Result ref) {
        assertAgrees(shape + " hidden", ours.hidden(), ref.hidden());
        assertAgrees(shape + " dx", ours.dx(), ref.dx());
        assertAgrees(shape + " dWx", ours.grads().wx().toFloatArray(), ref.dWx());
        assertAgrees(shape + " dWh", ours.grads().wh().toFloatArray(), ref.dWh());
        assertAgrees(shape + " db", ours.grads().b().toFloatArray(), ref.db());
    }

    // ---------------------------------------------------------------- tests

    @ParameterizedTest(name = "B={0} T={1} I={2} H={3}")
    @CsvSource({"1, 1, 1, 1, 11", "3, 7, 2, 5, 12", "4, 12, 1, 16, 13", "2, 5, 3, 8, 14"})
    void fromZeroStateOutputsAndGradientsEqualDl4j(int batch, int time, int inputs, int hidden, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        LstmParams p = params(inputs, hidden, rng);
        FloatArray x = uniform(rng, 1.0, batch, time, inputs);
        FloatArray dHidden = uniform(rng, 1.0, batch, time, hidden);
        LstmState zero = LstmState.zeros(batch, hidden);

        Ours ours = ours(p, x, zero, dHidden, zero);
        Result ref = dl4j(p, DL4J_BLOCK_TO_OUR_GATE, x, null, dHidden);
        assertAllAgree("zero state B=" + batch + " T=" + time + " I=" + inputs + " H=" + hidden, ours, ref);
    }

    @ParameterizedTest(name = "B={0} T={1} I={2} H={3}")
    @CsvSource({"1, 1, 1, 1, 21", "3, 7, 2, 5, 22", "4, 12, 1, 16, 23"})
    void fromACarriedStateOutputsAndGradientsEqualDl4j(int batch, int time, int inputs, int hidden, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        LstmParams p = params(inputs, hidden, rng);
        FloatArray x = uniform(rng, 1.0, batch, time, inputs);
        FloatArray dHidden = uniform(rng, 1.0, batch, time, hidden);
        LstmState s0 = new LstmState(uniform(rng, 0.8, batch, hidden), uniform(rng, 0.8, batch, hidden));

        Ours ours = ours(p, x, s0, dHidden, LstmState.zeros(batch, hidden));
        Result ref = dl4j(p, DL4J_BLOCK_TO_OUR_GATE, x, s0, dHidden);
        assertAllAgree("carried state B=" + batch + " T=" + time + " I=" + inputs + " H=" + hidden, ours, ref);

        // the initial state must matter, or the check above would not test the state path
        Result fromZero = dl4j(p, DL4J_BLOCK_TO_OUR_GATE, x, null, dHidden);
        assertTrue(maxAbsDiff(ours.hidden(), fromZero.hidden()) > 1e-3, "initial state had no effect");
    }

    /**
     * Our gradient for the initial state (dh0, dc0) against dl4j, which does not return one: a
     * sequence of 2T run by us as two chunks (state handed forward, the second chunk's dState0
     * handed back as the first one's dFinal) must equal dl4j's single pass over all 2T steps.
     */
    @Test
    void twoChunksWithTheStateGradientHandedBackEqualDl4jOverTheWholeSequence() {
        int batch = 3, time = 6, inputs = 2, hidden = 7;
        SplittableRandom rng = new SplittableRandom(31);
        LstmParams p = params(inputs, hidden, rng);
        FloatArray x = uniform(rng, 1.0, batch, 2 * time, inputs);
        FloatArray dHidden = uniform(rng, 1.0, batch, 2 * time, hidden);
        LstmState s0 = new LstmState(uniform(rng, 0.8, batch, hidden), uniform(rng, 0.8, batch, hidden));

        FloatArray x1 = ChunkedEqualsFullTest.slice(x, 0, time), x2 = ChunkedEqualsFullTest.slice(x, time, time);
        FloatArray d1 = ChunkedEqualsFullTest.slice(dHidden, 0, time),
                d2 = ChunkedEqualsFullTest.slice(dHidden, time, time);
        LstmCache c1 = new LstmCache(batch, time, inputs, hidden), c2 = new LstmCache(batch, time, inputs, hidden);
        Lstm.Forward f1 = Lstm.forward(p, x1, s0, c1);
        Lstm.Forward f2 = Lstm.forward(p, x2, f1.finalState(), c2);
        LstmParams grads = LstmParams.zeros(inputs, hidden);
        Lstm.Backward b2 = Lstm.backward(p, c2, d2, LstmState.zeros(batch, hidden), grads);
        Lstm.Backward b1 = Lstm.backward(p, c1, d1, b2.dState0().copy(), grads);

        float[] hidden12 = concatTime(f1.hidden(), f2.hidden(), batch, time, hidden);
        float[] dx12 = concatTime(b1.dx(), b2.dx(), batch, time, inputs);
        Result ref = dl4j(p, DL4J_BLOCK_TO_OUR_GATE, x, s0, dHidden);
        assertAllAgree("two chunks", new Ours(hidden12, dx12, grads), ref);
    }

    /** [B, T, W] + [B, T, W] -> [B, 2T, W], flat. */
    static float[] concatTime(FloatArray a, FloatArray b, int batch, int time, int width) {
        float[] out = new float[batch * 2 * time * width];
        float[] fa = a.toFloatArray(), fb = b.toFloatArray();
        for (int r = 0; r < batch; r++) {
            System.arraycopy(fa, r * time * width, out, r * 2 * time * width, time * width);
            System.arraycopy(fb, r * time * width, out, (r * 2 + 1) * time * width, time * width);
        }
        return out;
    }

    /**
     * The empirical confirmation of the mapping, and proof the tolerance would catch a wrong one:
     * of the 24 ways to place our four gate blocks into dl4j's, only g | f | o | i reproduces
     * dl4j's outputs within the tolerance; every other is off by far more than it.
     */
    @Test
    void onlyTheDocumentedGateOrderReproducesDl4j() {
        int batch = 3, time = 7, inputs = 2, hidden = 5;
        SplittableRandom rng = new SplittableRandom(41);
        LstmParams p = params(inputs, hidden, rng);
        FloatArray x = uniform(rng, 1.0, batch, time, inputs);
        LstmState zero = LstmState.zeros(batch, hidden);
        float[] ourHidden = Lstm.forward(p, x, zero, new LstmCache(batch, time, inputs, hidden))
                .hidden()
                .toFloatArray();

        List<int[]> matching = new ArrayList<>();
        for (int[] perm : permutations()) {
            double ratio = worstRatio(ourHidden, dl4j(p, perm, x, null, null).hidden());
            if (ratio <= 1) {
                matching.add(perm);
            } else {
                assertTrue(ratio > 100, "a wrong gate order came within 100x the tolerance: " + ratio);
            }
        }
        assertEquals(1, matching.size(), "exactly one gate order must reproduce dl4j");
        assertEquals(
                List.of(2, 1, 3, 0),
                List.of(matching.get(0)[0], matching.get(0)[1], matching.get(0)[2], matching.get(0)[3]));
    }

    static List<int[]> permutations() {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                for (int c = 0; c < 4; c++) {
                    int d = 6 - a - b - c;
                    if (a != b && a != c && b != c && d != a && d != b && d != c) {
                        out.add(new int[] {a, b, c, d});
                    }
                }
            }
        }
        return out;
    }
}
