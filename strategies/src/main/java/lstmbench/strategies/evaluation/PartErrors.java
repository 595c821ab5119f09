package lstmbench.strategies.evaluation;

/**
 * The evaluation of a trained model on one held-out part: streaming (state warmed on everything
 * before the part and carried through) and windowed (zero state, the W points before each target),
 * with the persistence forecast yhat_t = y_{t-1} scored on the same targets beside them. The
 * {@code excludedTargets} points of the part that a missing-value policy filled in are scored by
 * none of the three (ForecastData.filled).
 */
public record PartErrors(
        Part part,
        int window,
        ForecastErrors streaming,
        ForecastErrors windowed,
        ForecastErrors persistence,
        int excludedTargets) {

    /** The errors of the forecasts run in {@code mode}. */
    public ForecastErrors in(EvaluationMode mode) {
        return mode == EvaluationMode.STREAMING ? streaming : windowed;
    }

    /** Streaming MSE divided by windowed MSE (scaled): below 1 means resetting costs accuracy. */
    public double streamingToWindowedMse() {
        return streaming.mseScaled() / windowed.mseScaled();
    }
}
