package lstmbench.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finite-difference checks of every gradient the kernel returns: LSTM weights, head weights,
 * inputs, initial state, under a loss that also reads the final state (so the dFinal path is
 * exercised), for T=1, B=1 and general shapes, with the default dense head and with MLP heads
 * (HeadShape: hidden layers, tanh / relu / identity activations, an optional output activation).
 */
class LstmGradientCheckTest {

    /** A loss L = MaskedMse + &lt;rh, h_T&gt; + &lt;rc, c_T&gt; over one chunk, with its analytic gradients. */
    static final class Problem {
        final ModelParams params;
        final Chunk chunk;
        final LstmState s0;
        final LstmState dFinal;
        final Network.Workspace ws;

        Problem(int batch, int time, int inputSize, int hidden, int outputs, long seed) {
            this(batch, time, new ModelDims(inputSize, hidden, outputs), seed);
        }

        Problem(int batch, int time, ModelDims dims, long seed) {
            int hidden = dims.hiddenSize();
            params = Fixtures.params(dims, seed);
            chunk = Fixtures.chunk(dims, batch, time, seed + 1);
            s0 = Fixtures.state(batch, hidden, seed + 2);
            dFinal = Fixtures.state(batch, hidden, seed + 3);
            ws = new Network.Workspace(dims, batch, time);
        }

        double loss() {
            double l = Network.forward(params, chunk, s0, ws);
            LstmState fin = ws.finalState();
            for (int i = 0; i < fin.h().length(); i++) {
                l += (double) dFinal.h().get(i) * fin.h().get(i)
                        + (double) dFinal.c().get(i) * fin.c().get(i);
            }
            return l;
        }

        /** Analytic gradients; dx and dState0 copied out of the workspace. */
        Grads grads() {
            ModelParams g = params.zerosLike();
            Network.forward(params, chunk, s0, ws);
            Lstm.Backward b = Network.backward(params, chunk, dFinal, ws, g);
            return new Grads(
                    g,
                    b.dx().toFloatArray(),
                    b.dState0().h().toFloatArray(),
                    b.dState0().c().toFloatArray());
        }

        List<GradientChecker.Result> checkAll() {
            Grads g = grads();
            List<GradientChecker.Result> results = new ArrayList<>();
            List<String> names = new ArrayList<>(List.of("lstm.wx", "lstm.wh", "lstm.b"));
            for (int l = 0; l < params.head().layers().size(); l++) {
                names.add("head[" + l + "].w");
                names.add("head[" + l + "].b");
            }
            List<FloatArray> w = params.tensors(), gw = g.weights().tensors();
            for (int t = 0; t < w.size(); t++) {
                results.add(
                        GradientChecker.check(names.get(t), w.get(t), gw.get(t).toFloatArray(), this::loss));
            }
            results.add(GradientChecker.check("x", chunk.inputs(), g.dx(), this::loss));
            results.add(GradientChecker.check("h0", s0.h(), g.dh0(), this::loss));
            results.add(GradientChecker.check("c0", s0.c(), g.dc0(), this::loss));
            return results;
        }
    }

    record Grads(ModelParams weights, float[] dx, float[] dh0, float[] dc0) {}

    @ParameterizedTest(name = "B={0} T={1} I={2} H={3} K={4}")
    @CsvSource({
        "1, 1, 1, 1, 1",
        "1, 1, 2, 3, 1",
        "3, 1, 2, 4, 1",
        "1, 6, 1, 4, 1",
        "3, 7, 2, 5, 1",
        "2, 5, 3, 4, 2",
    })
    void everyGradientMatchesFiniteDifferences(int b, int t, int i, int h, int k) {
        Problem p = new Problem(b, t, i, h, k, 11L * b + 7L * t + h);
        for (GradientChecker.Result r : p.checkAll()) {
            assertTrue(r.passed(), () -> "gradient mismatch at " + r);
        }
    }

    /**
     * The asker's head, Linear(H, 5) -> tanh -> Linear(5, K) -> tanh, and other MLP heads. Central
     * differences are meaningless where a perturbation of EPS moves a relu pre-activation across 0
     * (the function has a kink there), so a layer followed by relu gets weights scaled to a quarter
     * and biases of alternately +1.5 and -1.5: its inputs are at most 1 in size (tanh or the
     * LSTM's h) and its fan-in at most 6, so |a w| &lt;= 6 * 0.15 = 0.9 and every pre-activation
     * stays at least 0.6 away from 0, on both sides of the kink.
     */
    @ParameterizedTest(name = "B={0} T={1} H={2} K={3} head {4} {5} -> {6}")
    @CsvSource({
        "1, 1, 3, 1, 5,   tanh,     tanh",
        "3, 7, 10, 1, 5,  tanh,     tanh",
        "2, 5, 4, 2, 3,   tanh,     identity",
        "2, 4, 4, 2, 6 3, tanh,     relu",
        "3, 5, 4, 1, 6,   relu,     tanh",
        "2, 3, 5, 2, 4 2, identity, identity",
    })
    void mlpHeadGradientsMatchFiniteDifferences(
            int b, int t, int h, int k, String widths, String activation, String output) {
        List<Integer> hidden = java.util.Arrays.stream(widths.trim().split(" +"))
                .map(Integer::valueOf)
                .toList();
        HeadShape head = new HeadShape(hidden, Activation.byLabel(activation), Activation.byLabel(output));
        Problem p = new Problem(b, t, new ModelDims(2, h, k, head), 13L * b + 5L * t + h);
        for (int l = 0; l < head.layerCount(); l++) {
            if (head.activationAfter(l) == Activation.RELU) {
                DenseParams layer = p.params.head().layers().get(l);
                layer.w().scale(0.25f);
                for (int j = 0; j < layer.outputSize(); j++) {
                    layer.b().set(j, j % 2 == 0 ? 1.5f : -1.5f);
                }
            }
        }
        for (GradientChecker.Result r : p.checkAll()) {
            assertTrue(r.passed(), () -> "gradient mismatch with head " + head.describe() + " at " + r);
        }
    }

    @Test
    void checkerCatchesAWrongMlpHeadGradient() {
        HeadShape head = new HeadShape(List.of(5), Activation.TANH, Activation.TANH);
        Problem p = new Problem(2, 4, new ModelDims(1, 4, 1, head), 21);
        float[] w0 = p.grads().weights().head().layers().get(0).w().toFloatArray();
        assertTrue(GradientChecker.check(
                        "head[0].w", p.params.head().layers().get(0).w(), w0, p::loss)
                .passed());
        int victim = 7;
        w0[victim] = w0[victim] * 1.1f + 1e-3f;
        GradientChecker.Result broken = GradientChecker.check(
                "head[0].w", p.params.head().layers().get(0).w(), w0, p::loss);
        assertFalse(broken.passed(), "a 10% error in one hidden-layer weight gradient must fail the check");
        assertTrue(broken.worstIndex() == victim, "the check must point at entry " + victim + ", got " + broken);
    }

    @Test
    void checkerCatchesOneDeliberatelyWrongEntry() {
        Problem p = new Problem(3, 7, 2, 5, 1, 3);
        Grads g = p.grads();
        float[] wh = g.weights().lstm().wh().toFloatArray();
        int victim = new SplittableRandom(5).nextInt(wh.length);
        float[] correct = wh.clone();
        assertTrue(
                GradientChecker.check("wh", p.params.lstm().wh(), correct, p::loss)
                        .passed(),
                "the correct gradient must pass before the broken one can mean anything");
        wh[victim] = wh[victim] * 1.1f + 1e-3f;
        GradientChecker.Result broken =
                GradientChecker.check("wh", p.params.lstm().wh(), wh, p::loss);
        assertFalse(broken.passed(), "a 10% error in one entry must fail the check");
        assertTrue(
                broken.worstIndex() == victim,
                "the check must point at the broken entry " + victim + ", got " + broken);
    }

    @Test
    void checkerCatchesAWrongInitialStateGradient() {
        Problem p = new Problem(2, 4, 1, 3, 1, 9);
        float[] dc0 = p.grads().dc0();
        dc0[1] = -dc0[1];
        assertFalse(GradientChecker.check("c0", p.s0.c(), dc0, p::loss).passed());
    }
}
