package lstmbench.report.results;

/**
 * How a trained model is run over validation or test data: the fixed vocabulary of forecasts.csv.
 *
 * <p>How a trained model runs over validation or test data.
 */
public enum EvaluationMode {
    /** State warmed on the whole training series, then carried through. */
    STREAMING,
    /** Zero state and the preceding W points for every forecast. */
    WINDOWED
}
