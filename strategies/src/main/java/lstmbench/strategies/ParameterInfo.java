package lstmbench.strategies;

/**
 * One parameter of a strategy as users see it: its key in spec strings, meaning and default.
 */
public record ParameterInfo(String name, String description, String defaultValue) {
}
