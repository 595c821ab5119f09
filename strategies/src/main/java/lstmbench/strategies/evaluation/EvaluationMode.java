/*
 * How a trained model runs over a held-out part: streaming (state carried from the series' start)
 * or windowed (zero state, the W points before each target). The same two modes as the results
 * files' EvaluationMode.
 */
package lstmbench.strategies.evaluation;

public enum EvaluationMode {
    STREAMING,
    WINDOWED
}
