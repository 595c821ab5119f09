package lstmbench.strategies.evaluation;

import java.nio.FloatBuffer;
import lstmbench.kernel.FloatArray;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.kernel.Network;

/**
 * Windowed evaluation: each forecast of x[t] starts from zero state and reads only the W points
 * before it, x[t-W .. t-1]; the prediction at the window's last step is the forecast. What a
 * model trained on resets sees at test time; the gap to streaming is the cost of resetting.
 * Windows are batched ROWS at a time and built from the series as they are needed.
 */
public final class WindowedForecast {
    public static final int ROWS = 256;

    private final ModelDims dims;
    private final int window;

    public WindowedForecast(ModelDims dims, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("evaluation window must be >= 1, got " + window);
        }
        this.dims = dims;
        this.window = window;
    }

    public int window() {
        return window;
    }

    /** out[i] = forecast of series[from + i] from series[from + i - W .. from + i - 1], for i &lt; to - from. */
    public float[] predict(ModelParams p, float[] series, int from, int to) {
        if (from < window || to > series.length || to < from) {
            throw new IllegalArgumentException("targets [" + from + ", " + to + ") need " + window
                    + " points before them in a series of " + series.length);
        }
        int[] targets = new int[to - from];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = from + i;
        }
        return predictAt(p, series, targets);
    }

    /** out[i] = forecast of series[targets[i]] from the W points before it. */
    public float[] predictAt(ModelParams p, float[] series, int[] targets) {
        for (int t : targets) {
            if (t < window || t >= series.length) {
                throw new IllegalArgumentException(
                        "target " + t + " needs " + window + " points before it in a series of " + series.length);
            }
        }
        float[] out = new float[targets.length];
        Network.Workspace ws = null;
        FloatArray inputs = null;
        LstmState zero = null;
        for (int first = 0; first < targets.length; first += ROWS) {
            int rows = Math.min(ROWS, targets.length - first);
            if (ws == null || ws.batch() != rows) {
                ws = new Network.Workspace(dims, rows, window);
                inputs = FloatArray.zeros(rows, window, 1);
                zero = LstmState.zeros(rows, dims.hiddenSize());
            }
            FloatBuffer in = inputs.buffer();
            for (int r = 0; r < rows; r++) {
                in.put(r * window, series, targets[first + r] - window, window);
            }
            FloatBuffer y = Network.predict(p, inputs, zero, ws).buffer();
            for (int r = 0; r < rows; r++) {
                out[first + r] = y.get(r * window + window - 1);
            }
        }
        return out;
    }
}
