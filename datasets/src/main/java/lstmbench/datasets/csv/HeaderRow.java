package lstmbench.datasets.csv;

/**
 * Whether a CSV file starts with a header row.
 *
 * <p>Whether the first line of a CSV file holds column names. Files without one get columns named
 * C0, C1, ... and are read by index.
 */
public enum HeaderRow {
    PRESENT,
    ABSENT
}
