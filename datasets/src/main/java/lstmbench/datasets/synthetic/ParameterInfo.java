package lstmbench.datasets.synthetic;

/**
 * A named parameter with its meaning and default.
 *
 * <p>One parameter of a generator or dataset specification, as listed by
 * {@code lstmbench datasets}.
 *
 * @param name the key in specification strings, e.g. {@code phi}
 * @param description what it means and what values it accepts
 * @param defaultValue the value used when the key is absent, in specification-string form
 */
public record ParameterInfo(String name, String description, String defaultValue) {}
