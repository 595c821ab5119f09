package lstmbench.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both GateMath implementations against double precision, and against each other. The accuracy
 * test is where GateMath's documented bound comes from: over [-90, 90] in steps of 1e-4 plus
 * magnitudes from 1e-30 to 1 (log-spaced) and the points either side of tanh's series bound,
 * sigmoid and tanh through activate and tanh stay within MAX_RELATIVE of 1 / (1 + exp(-x)) and
 * Math.tanh(x) in double wherever the exact result is a normal float, and within MIN_NORMAL
 * absolutely where it is not. Measured maxima (the same for both, which agree bit for bit):
 * 1.5e-7 relative for sigmoid and 1.7e-7 for tanh, 8.9e-8 absolute.
 */
class GateMathTest {
    static final double MAX_RELATIVE = 1e-6;

    static Stream<GateMath> implementations() {
        return Stream.of(new ScalarGateMath("scalar (test)"), new VectorGateMath());
    }

    /** The accuracy test's inputs: a fine grid over [-90, 90], small magnitudes of both signs, the series bound. */
    static float[] accuracyInputs() {
        int grid = 1_800_001;
        float[] x = new float[grid + 2 * 301 + 8];
        int n = 0;
        for (int k = 0; k < grid; k++) {
            x[n++] = (float) (-90.0 + k * 1e-4);
        }
        for (int k = 0; k <= 300; k++) {
            float m = (float) Math.pow(10, -30 + k * 0.1);
            x[n++] = m;
            x[n++] = -m;
        }
        for (float b : new float[] {0.25f, -0.25f, 0x1p-12f, -0x1p-12f}) {
            x[n++] = Math.nextUp(b);
            x[n++] = Math.nextDown(b);
        }
        return Arrays.copyOf(x, n);
    }

    /** Largest absolute error, and largest relative error where |exact| is a normal float. */
    record Errors(double absolute, double relative) {
        static Errors of(float[] x, float[] got, DoubleUnaryOperator exact) {
            double abs = 0, rel = 0;
            for (int k = 0; k < x.length; k++) {
                double e = exact.applyAsDouble(x[k]);
                double err = Math.abs(got[k] - e);
                abs = Math.max(abs, err);
                if (Math.abs(e) >= Float.MIN_NORMAL) {
                    rel = Math.max(rel, err / Math.abs(e));
                } else {
                    assertTrue(err < Float.MIN_NORMAL, "f(" + x[k] + ") = " + got[k] + ", exact " + e);
                }
            }
            return new Errors(abs, rel);
        }

        @Override
        public String toString() {
            return String.format("max absolute %.2e, max relative %.2e", absolute, relative);
        }
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void sigmoidAndTanhStayWithinTheDocumentedRelativeError(GateMath math) {
        float[] x = accuracyInputs();
        int n = x.length;
        FloatArray in = FloatArray.of(x, n), sig = in.copy(), act = in.copy(), tanh = FloatArray.zeros(n);
        math.activate(sig, 0, n, new boolean[n]);
        boolean[] allTanh = new boolean[n];
        Arrays.fill(allTanh, true);
        math.activate(act, 0, n, allTanh);
        math.tanh(in, 0, tanh, 0, n);

        Errors sigmoid = Errors.of(x, sig.toFloatArray(), GateMathTest::sigmoid);
        Errors activatedTanh = Errors.of(x, act.toFloatArray(), Math::tanh);
        Errors tanhOnly = Errors.of(x, tanh.toFloatArray(), Math::tanh);
        String measured = math.description() + ": sigmoid " + sigmoid + "; tanh (activate) " + activatedTanh + "; tanh "
                + tanhOnly;
        assertTrue(
                sigmoid.relative() <= MAX_RELATIVE
                        && activatedTanh.relative() <= MAX_RELATIVE
                        && tanhOnly.relative() <= MAX_RELATIVE,
                measured);
        assertTrue(sigmoid.absolute() <= MAX_RELATIVE && tanhOnly.absolute() <= MAX_RELATIVE, measured);
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void infinitiesSaturateAndNanPropagates(GateMath math) {
        float[] x = {
            Float.NEGATIVE_INFINITY,
            -1e30f,
            -100f,
            100f,
            1e30f,
            Float.POSITIVE_INFINITY,
            Float.NaN,
            0f,
            -0f,
            0.5f,
            -0.5f,
            3f,
            -3f,
            1e-20f,
            -1e-20f,
            7f
        };
        int n = x.length;
        FloatArray sig = FloatArray.of(x, n), tanh = FloatArray.of(x, n), tanhOut = FloatArray.zeros(n);
        boolean[] allTanh = new boolean[n];
        Arrays.fill(allTanh, true);
        math.activate(sig, 0, n, new boolean[n]);
        math.activate(tanh, 0, n, allTanh);
        math.tanh(FloatArray.of(x, n), 0, tanhOut, 0, n);
        assertArrayEquals(new float[] {0f, 0f, 0f, 1f, 1f, 1f}, Arrays.copyOf(sig.toFloatArray(), 6), 1e-38f);
        assertArrayEquals(new float[] {-1f, -1f, -1f, 1f, 1f, 1f}, Arrays.copyOf(tanh.toFloatArray(), 6));
        assertArrayEquals(tanh.toFloatArray(), tanhOut.toFloatArray());
        assertTrue(Float.isNaN(sig.get(6)) && Float.isNaN(tanh.get(6)), "NaN must propagate");
        assertEquals(0.5f, sig.get(7));
        assertEquals(0f, tanh.get(7));
        assertEquals(1e-20f, tanh.get(13));
        assertEquals(-1e-20f, tanh.get(14));
    }

    /** Random buffers for one step of B rows: gates in (0, 1) (g in (-1, 1)), states and gradients in (-2, 2). */
    record Step(
            int batch,
            int hidden,
            FloatArray gates,
            FloatArray cs,
            FloatArray tanhC,
            FloatArray hs,
            FloatArray out,
            FloatArray dOut,
            FloatArray dh,
            FloatArray dcIn,
            FloatArray dcOut,
            FloatArray dz) {
        static Step random(int batch, int hidden, long seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            int g = 4 * hidden, bh = batch * hidden;
            float[] gates = new float[batch * g];
            for (int k = 0; k < gates.length; k++) {
                boolean isG = k % g >= 2 * hidden && k % g < 3 * hidden;
                gates[k] = (float) (isG ? rng.nextDouble(-1, 1) : rng.nextDouble(0, 1));
            }
            return new Step(
                    batch,
                    hidden,
                    FloatArray.of(gates, batch, g),
                    uniform(rng, 2 * bh),
                    uniform(rng, bh),
                    uniform(rng, 2 * bh),
                    uniform(rng, 3 * bh),
                    uniform(rng, 3 * bh),
                    uniform(rng, bh),
                    uniform(rng, bh),
                    uniform(rng, bh),
                    uniform(rng, batch * g));
        }

        static FloatArray uniform(SplittableRandom rng, int n) {
            float[] v = new float[n];
            for (int k = 0; k < n; k++) {
                v[k] = (float) rng.nextDouble(-2, 2);
            }
            return FloatArray.of(v, n);
        }

        /**
         * One forward and one backward step through math, as Lstm makes them for step t = 1 of a
         * chunk of T = 3 (the batch-major output and dHidden have row stride 3H, offset H).
         */
        void run(GateMath math) {
            int H = hidden, B = batch;
            math.cellState(gates, 0, cs, 0, B * H, B, H);
            math.tanh(cs, B * H, tanhC, 0, B * H);
            math.hiddenState(gates, 0, tanhC, 0, hs, B * H, out, H, 3 * H, B, H);
            math.backward(gates, 0, cs, tanhC, 0, dOut, H, 3 * H, dh, dcIn, dcOut, dz, B, H);
        }

        Step copy() {
            return new Step(
                    batch,
                    hidden,
                    gates.copy(),
                    cs.copy(),
                    tanhC.copy(),
                    hs.copy(),
                    out.copy(),
                    dOut.copy(),
                    dh.copy(),
                    dcIn.copy(),
                    dcOut.copy(),
                    dz.copy());
        }
    }

    @ParameterizedTest(name = "B={0} H={1}")
    @MethodSource("shapes")
    void vectorAndScalarStepsAgreeBitForBit(int batch, int hidden) {
        Step vector = Step.random(batch, hidden, 31L * batch + hidden), scalar = vector.copy();
        vector.run(new VectorGateMath());
        scalar.run(new ScalarGateMath("scalar (test)"));
        // the same float operations in the same order: equal bit for bit, tanh included
        assertClose("c", scalar.cs(), vector.cs(), 0);
        assertClose("dc in", scalar.dcIn(), vector.dcIn(), 0);
        assertClose("tanh(c)", scalar.tanhC(), vector.tanhC(), 0);
        assertClose("h", scalar.hs(), vector.hs(), 0);
        assertClose("hidden", scalar.out(), vector.out(), 0);
        assertClose("dz", scalar.dz(), vector.dz(), 0);
        assertClose("dc out", scalar.dcOut(), vector.dcOut(), 0);
    }

    /** Shapes with and without a scalar tail after the last full vector (8 or 16 lanes). */
    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(1, 1),
                Arguments.of(1, 3),
                Arguments.of(1, 8),
                Arguments.of(3, 10),
                Arguments.of(2, 17),
                Arguments.of(4, 32),
                Arguments.of(2, 64));
    }

    /** |a - b| &lt;= relative * max(|a|, |b|) + 1e-7 element by element (relative 0: bit for bit). */
    static void assertClose(String what, FloatArray expected, FloatArray actual, double relative) {
        float[] e = expected.toFloatArray(), a = actual.toFloatArray();
        for (int k = 0; k < e.length; k++) {
            if (relative == 0) {
                assertEquals(Float.floatToIntBits(e[k]), Float.floatToIntBits(a[k]), what + "[" + k + "]");
            } else {
                double tol = relative * Math.max(Math.abs(e[k]), Math.abs(a[k])) + 1e-7;
                assertTrue(Math.abs(e[k] - a[k]) <= tol, what + "[" + k + "]: scalar " + e[k] + ", vector " + a[k]);
            }
        }
    }

    @ParameterizedTest(name = "B={0} H={1}")
    @MethodSource("shapes")
    void vectorAndScalarActivationsAgreeBitForBitOnEveryLaneKind(int batch, int hidden) {
        int n = batch * 4 * hidden;
        float[] z = new float[n];
        SplittableRandom rng = new SplittableRandom(n);
        for (int k = 0; k < n; k++) {
            z[k] = (float) rng.nextDouble(-12, 12);
        }
        boolean[] tanhLanes = new LstmCache(batch, 1, 1, hidden).tanhLanes;
        FloatArray vector = FloatArray.of(z, n), scalar = FloatArray.of(z, n);
        new VectorGateMath().activate(vector, 0, n, tanhLanes);
        new ScalarGateMath("scalar (test)").activate(scalar, 0, n, tanhLanes);
        assertClose("activation", scalar, vector, 0);
        for (int k = 0; k < n; k++) {
            float exact = (float) (tanhLanes[k] ? Math.tanh(z[k]) : sigmoid(z[k]));
            assertEquals(exact, scalar.get(k), 1e-6 * Math.abs(exact), "lane " + k + " of kind " + tanhLanes[k]);
        }
    }

    @Test
    void theSelectionFollowsTheJvmAndTheProperty() {
        String missing = GateMath.vectorUnavailable();
        GateMath auto = GateMath.select("auto");
        if (missing == null) {
            assertInstanceOf(VectorGateMath.class, auto);
            assertInstanceOf(VectorGateMath.class, GateMath.select("VECTOR"));
        } else {
            assertInstanceOf(ScalarGateMath.class, auto);
            assertTrue(auto.description().contains(missing), auto.description());
            assertThrows(IllegalStateException.class, () -> GateMath.select("vector"));
        }
        assertEquals(GateMath.selected().description(), Lstm.gateMath());
        assertInstanceOf(ScalarGateMath.class, GateMath.select("scalar"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> GateMath.select("fast"));
        assertEquals(
                "system property lstmbench.gateMath is 'fast'; valid values: auto, vector, scalar", bad.getMessage());
    }

    @Test
    void theBuildRunsTheVectorImplementation() {
        // the build passes --add-modules jdk.incubator.vector to every test JVM (root pom.xml), so on
        // an x86-64 JDK with SVML the kernel's tests run the vector code
        if (System.getProperty("os.arch").equals("amd64")
                || System.getProperty("os.arch").equals("x86_64")) {
            assertNull(GateMath.vectorUnavailable());
        }
        assertTrue(VectorGateMath.preferredLanes() >= 4, "preferred float species");
    }
}
