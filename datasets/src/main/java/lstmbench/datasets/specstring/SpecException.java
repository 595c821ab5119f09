package lstmbench.datasets.specstring;

/**
 * Raised by {@link SpecString#parse} and {@link SpecParameters}; the message names the key, the
 * value and what was expected.
 *
 * <p>A malformed specification string or parameter value, found by SpecString or SpecParameters.
 * Module entry points (DatasetSpecs.parse, the strategies' registry) prefix the message with the
 * whole specification string and rethrow it as their own module's exception.
 */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }
}
