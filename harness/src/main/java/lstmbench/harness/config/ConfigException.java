package lstmbench.harness.config;

/**
 * A configuration the harness refuses: unknown preset, unreadable or malformed YAML, unknown key,
 * or a value out of range. The message names the file (or preset), the place and what was expected;
 * the command line turns it into exit code 2.
 */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
