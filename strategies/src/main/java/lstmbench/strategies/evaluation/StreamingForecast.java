package lstmbench.strategies.evaluation;

import lstmbench.kernel.FloatArray;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.kernel.Network;

/**
 * Streaming evaluation: the model reads the series from its first point with zero state and
 * carries its state through, so a forecast of x[t+1] has seen x[0 .. t] (for validation and test:
 * the whole training part, then the held-out points before t). Run as segments of SEGMENT steps,
 * batch 1, each starting from the previous segment's final state: the same computation as one
 * kernel pass over the whole prefix (a test checks it), with memory bounded by the segment.
 */
public final class StreamingForecast {
    public static final int SEGMENT = 1024;

    private final ModelDims dims;
    private final Network.Workspace full;
    private final FloatArray fullInputs;
    private final LstmState state;

    public StreamingForecast(ModelDims dims) {
        if (dims.inputSize() != 1 || dims.outputSize() != 1) {
            throw new IllegalArgumentException("forecasts are univariate: input and output size 1, got " + dims);
        }
        this.dims = dims;
        this.full = new Network.Workspace(dims, 1, SEGMENT);
        this.fullInputs = FloatArray.zeros(1, SEGMENT, 1);
        this.state = LstmState.zeros(1, dims.hiddenSize());
    }

    /**
     * Forecasts for t = 0 .. count - 1: out[t] is the prediction of series[t + 1] after reading
     * series[0 .. t] from zero state (scaled units).
     */
    public float[] predict(ModelParams p, float[] series, int count) {
        if (count < 0 || count > series.length) {
            throw new IllegalArgumentException("cannot forecast " + count + " steps from " + series.length + " points");
        }
        float[] out = new float[count];
        state.fill(0f);
        for (int from = 0; from < count; from += SEGMENT) {
            int len = Math.min(SEGMENT, count - from);
            Network.Workspace ws = len == SEGMENT ? full : new Network.Workspace(dims, 1, len);
            FloatArray inputs = len == SEGMENT ? fullInputs : FloatArray.zeros(1, len, 1);
            inputs.buffer().put(0, series, from, len);
            FloatArray y = Network.predict(p, inputs, state, ws);
            y.buffer().get(0, out, from, len);
            state.copyFrom(ws.finalState());
        }
        return out;
    }
}
