package lstmbench.strategies.evaluation;

/**
 * The next-step forecasts of one held-out part, in scaled units: element i forecasts point
 * from + i of the series, once streaming (state carried from the series' start) and once windowed
 * (zero state, the preceding W points).
 */
public record PartForecasts(Part part, int from, float[] streaming, float[] windowed) {

    public PartForecasts {
        if (streaming.length != windowed.length) {
            throw new IllegalArgumentException("streaming has " + streaming.length + " forecasts, windowed "
                    + windowed.length);
        }
        streaming = streaming.clone();
        windowed = windowed.clone();
    }

    public int length() {
        return streaming.length;
    }

    @Override
    public float[] streaming() {
        return streaming.clone();
    }

    @Override
    public float[] windowed() {
        return windowed.clone();
    }
}
