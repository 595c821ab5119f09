// The chronological parts of a series: the fixed vocabulary of the split columns.
package lstmbench.report.results;

/** Chronological part of a series. */
public enum Split {
    TRAIN, VALIDATION, TEST
}
