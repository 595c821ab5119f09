/* One parameter of a strategy as users see it: its key in spec strings, meaning and default. */
package lstmbench.strategies;

public record ParameterInfo(String name, String description, String defaultValue) {
}
