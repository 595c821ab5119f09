package lstmbench.harness.scaling;

/**
 * A scaling benchmark that cannot run or did not finish: lengths the experiment refuses, or a child
 * run that failed (the message names the length and its log file). The command line ends with exit
 * code 2.
 */
public final class ScalingException extends RuntimeException {
    public ScalingException(String message) {
        super(message);
    }

    public ScalingException(String message, Throwable cause) {
        super(message, cause);
    }
}
