package lstmbench.datasets;

/**
 * Raised for any input the datasets module cannot turn into a {@link TimeSeries}.
 *
 * <p>The one exception type of the datasets module: bad files, bad columns, bad cells, bad
 * specification strings, series too short for a split. Its message names the file, the column or
 * row, and what was expected, so a command line can print it as is (the harness maps it to exit 2).
 */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
