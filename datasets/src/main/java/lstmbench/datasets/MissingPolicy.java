package lstmbench.datasets;

/**
 * How missing values in a loaded column are treated; spelled {@code missing=error|drop|interpolate}.
 *
 * <p>What to do with missing cells (empty, NA, NaN) in a value column: refuse, drop the rows, or
 * fill them by linear interpolation between the nearest present neighbours.
 */
public enum MissingPolicy {
    /** Missing values are an error (the default): the message counts them and names the first rows. */
    ERROR,
    /** Rows with a missing value are removed; the series gets shorter and loses equal spacing. */
    DROP,
    /**
     * Missing values are filled by linear interpolation between the nearest present values before and
     * after; a gap at the start or end takes the nearest present value.
     */
    INTERPOLATE
}
