package lstmbench.strategies.evaluation;

/**
 * The next-step forecasts of one held-out part, in scaled units: element i forecasts point
 * from + i of the series, once streaming (state carried from the series' start) and once windowed
 * (zero state, the preceding {@code window} points). The array accessors return copies; read single forecasts
 * with streamingAt and windowedAt, which do not copy (a copy per point makes a loop over the part
 * quadratic in its length).
 */
public record PartForecasts(Part part, int window, int from, float[] streaming, float[] windowed) {

    public PartForecasts {
        if (streaming.length != windowed.length) {
            throw new IllegalArgumentException(
                    "streaming has " + streaming.length + " forecasts, windowed " + windowed.length);
        }
        streaming = streaming.clone();
        windowed = windowed.clone();
    }

    public int length() {
        return streaming.length;
    }

    /** The streaming forecast of point from + i, without copying. */
    public float streamingAt(int i) {
        return streaming[i];
    }

    /** The windowed forecast of point from + i, without copying. */
    public float windowedAt(int i) {
        return windowed[i];
    }

    /** A copy of the streaming forecasts. */
    @Override
    public float[] streaming() {
        return streaming.clone();
    }

    /** A copy of the windowed forecasts. */
    @Override
    public float[] windowed() {
        return windowed.clone();
    }
}
