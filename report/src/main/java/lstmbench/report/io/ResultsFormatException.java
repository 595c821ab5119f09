package lstmbench.report.io;

import java.io.IOException;

/**
 * The error a reader raises for a results file that is malformed, naming file, line and column.
 *
 * <p>A results file that cannot be read as its schema says; the message names file, line and column.
 */
public final class ResultsFormatException extends IOException {
    public ResultsFormatException(String message) {
        super(message);
    }

    public ResultsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
