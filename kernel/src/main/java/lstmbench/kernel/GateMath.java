package lstmbench.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Two implementations, chosen once, when the kernel first asks ({@link #selected()}):
 *
 * <pre>
 * vector  jdk.incubator.vector (JDK 17's incubating Vector API, needs --add-modules
 *         jdk.incubator.vector): sigmoid and tanh from one EXP per lane, which HotSpot
 *         compiles to Intel's short vector math library (SVML, libjsvml) on x86-64; the last
 *         n % lanes elements of a segment go through the scalar code;
 * scalar  plain loops in double precision (Math.exp), everywhere else.
 * </pre>
 *
 * <p>The vector implementation is chosen when the module is in the boot layer, the JVM runs on
 * x86-64 and ships libjsvml (without it EXP falls back to a lane-by-lane loop that is slower than
 * the scalar code and allocates), and the preferred float species has at least 4 lanes. The system
 * property {@value #PROPERTY} = auto (default), vector or scalar overrides the choice.
 *
 * <p>Accuracy (measured by GateMathTest against double precision over [-90, 90] and densely near
 * 0): both implementations keep sigmoid and tanh within 1e-6 relative error wherever the result is
 * a normal float; below that (sigmoid(x) for x &lt; -87.3) the absolute error is below 1.2e-38.
 */
abstract class GateMath {
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
    abstract void cellState(FloatArray gates, int gateOff, FloatArray cs, int prevOff, int nextOff, int batch,
                            int hidden);

    /**
     * h_t = o * tanh(c_t) for the B rows of one step, with tanh(c_t) at tanhC[stateOff + b*H]: written
     * to hs[nextOff + b*H] and to out[outOff + b*outStride] (the batch-major output, stride T*H).
     */
    abstract void hiddenState(FloatArray gates, int gateOff, FloatArray tanhC, int stateOff, FloatArray hs,
                              int nextOff, FloatArray out, int outOff, int outStride, int batch, int hidden);

    /**
     * Backward through the B rows of one step (the equations of Lstm): for row b,
     * dh = dHidden[outOff + b*outStride] + dh[b*H], dc = dcIn[b*H] + dh * o * (1 - tanh(c_t)^2);
     * writes dz at dz[gateOff + b*4H] (the gates' layout) and the carried dc_{t-1} = dc * f to
     * dcOut[b*H] (another array than dcIn). c_{t-1} is cs[stateOff + b*H], tanh(c_t) tanhC[stateOff + b*H].
     */
    abstract void backward(FloatArray gates, int gateOff, FloatArray cs, FloatArray tanhC, int stateOff,
                           FloatArray dHidden, int outOff, int outStride, FloatArray dh, FloatArray dcIn,
                           FloatArray dcOut, FloatArray dz, int batch, int hidden);

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
                throw new IllegalArgumentException("system property " + PROPERTY + " is '" + requested
                        + "'; valid values: auto, vector, scalar");
        }
    }

    /** Why the vector implementation cannot be used here, or null when it can. */
    static String vectorUnavailable() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return "module jdk.incubator.vector not loaded; run java with --add-modules jdk.incubator.vector";
        }
        String arch = System.getProperty("os.arch", "");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return "os.arch " + arch + " is not x86-64, so the JDK has no SVML for the Vector API's EXP";
        }
        Path home = Path.of(System.getProperty("java.home"));
        String svml = System.mapLibraryName("jsvml");
        if (!Files.exists(home.resolve("lib").resolve(svml)) && !Files.exists(home.resolve("bin").resolve(svml))) {
            return "this JDK ships no " + svml + " (SVML), so the Vector API's EXP would run lane by lane";
        }
        try {
            int lanes = VectorGateMath.preferredLanes();
            return lanes >= 4 ? null : "the preferred float vector has only " + lanes + " lanes";
        } catch (LinkageError e) {
            return "jdk.incubator.vector failed to link: " + e;
        }
    }
}
