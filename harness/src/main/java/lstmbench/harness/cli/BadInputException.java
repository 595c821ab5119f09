package lstmbench.harness.cli;

/**
 * A refusal found by a command itself (e.g. an output folder holding another experiment): exit code
 * 2.
 */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
