package lstmbench.report.results;

/**
 * The chronological parts of a series: the fixed vocabulary of the split columns.
 *
 * <p>Chronological part of a series.
 */
public enum Split {
    TRAIN,
    VALIDATION,
    TEST
}
