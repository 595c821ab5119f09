package lstmbench.kernel;

import java.util.Locale;

/**
 * The element-wise work of one LSTM step, forward and backward, over contiguous segments of the
 * kernel's buffers (see LstmCache for the layout; offsets are float indices). Lstm calls these
 * between its matrix products:
 *
 * <pre>
 * forward, per step t (rows t*B .. t*B+B-1)
 *   activate      the whole step [B, 4H] in place: i, f, o = sigma(z), g = tanh(z)
 *   cellState     row by row: c_t = f * c_{t-1} + i * g
 *   tanh          the whole step [B, H]: tanh(c_t)
 *   hiddenState   row by row: h_t = o * tanh(c_t), into hs and the batch-major output
 * backward, per step t
 *   backward      row by row: dz_t from dh, dc and the forward values; dc carried to step t-1
 * </pre>
 *
 * <p>The transcendental passes run over a whole step at once so that even at small H (H = 10:
 * a row of 40 gates) the vectors are full; the row-by-row passes are multiply-adds only.
 *
 * <p>sigmoid and tanh are computed in float from one exp per element, written out below (the
 * constants) rather than taken from Math.exp or the Vector API's EXP, so that both implementations
 * make exactly the same IEEE operations:
 *
 * <pre>
 * sigmoid(x) = 1 / (1 + e)                     e = exp(-x)
 * tanh(x)    = sign(x) (1 - e) / (1 + e)       e = exp(-2|x|)
 * tanh(x)    = x + x^3 (T3 + x^2 (T5 + x^2 (T7 + x^2 T9)))   for |x| &lt; 1/4, where 1 - e would cancel
 * </pre>
 *
 * <p>The two implementations therefore agree bit for bit, whichever runs and whether or not the JIT
 * has compiled the loops yet (the Vector API's EXP is SVML once C2 compiles it but Math.exp per lane
 * before, which would make results depend on JIT timing):
 *
 * <pre>
 * vector  jdk.incubator.vector (JDK 17's incubating Vector API, needs --add-modules
 *         jdk.incubator.vector), in the preferred species; what does not fill a vector goes
 *         through the scalar code;
 * scalar  plain loops over the arrays' FloatBuffers, everywhere else.
 * </pre>
 *
 * <p>The vector implementation is chosen when the module is in the boot layer, the JVM runs on
 * x86-64 (where C2 compiles the Vector API to SIMD instructions) and the preferred float species
 * has at least 4 lanes. The system property {@value #PROPERTY} = auto (default), vector or scalar
 * overrides the choice.
 *
 * <p>Accuracy (measured by GateMathTest against double precision over [-90, 90] and densely near
 * 0): sigmoid and tanh stay within 1e-6 relative error wherever the result is a normal float; below
 * that (sigmoid(x) for x &lt; -87.3) the absolute error is below 1.2e-38.
 */
abstract class GateMath {
    // exp(x) in float, the same operations in the same order in both implementations (Cephes' expf):
    // x clamped to [EXP_MIN, EXP_MAX]; n = round(x / ln 2) by adding and subtracting ROUNDER (1.5 * 2^23);
    // r = x - n ln 2 in two parts (LN2_HI has few bits, so n * LN2_HI is exact);
    // exp(r) = 1 + r + r^2 (E5 + r (E4 + r (E3 + r (E2 + r (E1 + r E0)))));  exp(x) = exp(r) * 2^n,
    // 2^n built from its exponent bits. Peak relative error about 2e-7 (GateMathTest).
    static final float EXP_MIN = -87.3f, EXP_MAX = 88f;
    static final float LOG2E = 1.44269504088896341f, ROUNDER = 12582912f;
    static final int ROUNDER_BITS = Float.floatToRawIntBits(ROUNDER);
    static final float LN2_HI = 0.693359375f, LN2_LO = -2.12194440e-4f;
    static final float E0 = 1.9875691500e-4f,
            E1 = 1.3981999507e-3f,
            E2 = 8.3334519073e-3f,
            E3 = 4.1665795894e-2f,
            E4 = 1.6666665459e-1f,
            E5 = 5.0000001201e-1f;
    // tanh near 0, where 1 - exp(-2|x|) would cancel: the odd Taylor series to x^9 below SERIES_BOUND
    static final float SERIES_BOUND = 0.25f;
    static final float T3 = (float) (-1.0 / 3),
            T5 = (float) (2.0 / 15),
            T7 = (float) (-17.0 / 315),
            T9 = (float) (62.0 / 2835);

    /** System property that overrides the choice: auto, vector or scalar. */
    static final String PROPERTY = "lstmbench.gateMath";

    /** The implementation the kernel uses. */
    static GateMath selected() {
        return Selected.INSTANCE;
    }

    /**
     * Holds the choice, so that it is made when first asked for rather than when GateMath itself
     * initialises: VectorGateMath's initialisation starts with its superclass's, and must not find
     * itself half-initialised inside the choice.
     */
    private static final class Selected {
        static final GateMath INSTANCE = select(System.getProperty(PROPERTY, "auto"));
    }

    /** What this implementation is and why it was chosen, e.g. for a run's environment record. */
    abstract String description();

    /**
     * In place over z[off, off + n): sigmoid(z) where tanhLanes[k] is false, tanh(z) where it is
     * true, for k = 0 .. n-1 (tanhLanes marks the g columns of every row of a step).
     */
    abstract void activate(FloatArray z, int off, int n, boolean[] tanhLanes);

    /** dst[dstOff + k] = tanh(src[srcOff + k]) for k = 0 .. n-1. */
    abstract void tanh(FloatArray src, int srcOff, FloatArray dst, int dstOff, int n);

    /**
     * c_t = f * c_{t-1} + i * g for the B rows of one step: row b's activated gates i | f | g | o
     * start at gates[gateOff + b*4H], its c_{t-1} at cs[prevOff + b*H]; c_t goes to cs[nextOff + b*H].
     */
    abstract void cellState(
            FloatArray gates, int gateOff, FloatArray cs, int prevOff, int nextOff, int batch, int hidden);

    /**
     * h_t = o * tanh(c_t) for the B rows of one step, with tanh(c_t) at tanhC[stateOff + b*H]: written
     * to hs[nextOff + b*H] and to out[outOff + b*outStride] (the batch-major output, stride T*H).
     */
    abstract void hiddenState(
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
            int hidden);

    /**
     * Backward through the B rows of one step (the equations of Lstm): for row b,
     * dh = dHidden[outOff + b*outStride] + dh[b*H], dc = dcIn[b*H] + dh * o * (1 - tanh(c_t)^2);
     * writes dz at dz[gateOff + b*4H] (the gates' layout) and the carried dc_{t-1} = dc * f to
     * dcOut[b*H] (another array than dcIn). c_{t-1} is cs[stateOff + b*H], tanh(c_t) tanhC[stateOff + b*H].
     */
    abstract void backward(
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
            int hidden);

    /** The implementation for a value of {@value #PROPERTY}. */
    static GateMath select(String requested) {
        switch (requested.toLowerCase(Locale.ROOT)) {
            case "scalar":
                return new ScalarGateMath("scalar (requested by -D" + PROPERTY + "=scalar)");
            case "vector": {
                String missing = vectorUnavailable();
                if (missing != null) {
                    throw new IllegalStateException("-D" + PROPERTY + "=vector, but " + missing);
                }
                return new VectorGateMath();
            }
            case "auto": {
                String missing = vectorUnavailable();
                return missing == null ? new VectorGateMath() : new ScalarGateMath("scalar (" + missing + ")");
            }
            default:
                throw new IllegalArgumentException(
                        "system property " + PROPERTY + " is '" + requested + "'; valid values: auto, vector, scalar");
        }
    }

    /** Why the vector implementation cannot be used here, or null when it can. */
    static String vectorUnavailable() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return "module jdk.incubator.vector not loaded; run java with --add-modules jdk.incubator.vector";
        }
        String arch = System.getProperty("os.arch", "");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return "os.arch " + arch + " is not x86-64";
        }
        try {
            int lanes = VectorGateMath.preferredLanes();
            return lanes >= 4 ? null : "the preferred float vector has only " + lanes + " lanes";
        } catch (LinkageError e) {
            return "jdk.incubator.vector failed to link: " + e;
        }
    }
}
