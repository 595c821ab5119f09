package lstmbench.strategies.evaluation;

/**
 * How a trained model runs over a held-out part: streaming (state carried from the series' start)
 * or windowed (zero state, the W points before each target). The same two modes as the results
 * files' EvaluationMode.
 */
public enum EvaluationMode {
    STREAMING,
    WINDOWED
}
