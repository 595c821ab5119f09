package lstmbench.datasets.specstring;

/**
 * A named parameter with its meaning and default.
 *
 * <p>One parameter of a specification string (a generator's, a csv: or named dataset's, a batching
 * strategy's): its key, meaning and default, as {@code lstmbench datasets} lists it and as
 * SpecParameters checks given keys against it.
 *
 * @param name the key in specification strings, e.g. {@code phi}
 * @param description what it means and what values it accepts
 * @param defaultValue the value used when the key is absent, in specification-string form; empty
 *     when there is none (the parameter is then required or optional, see {@link
 *     SpecParameters#text} and {@link SpecParameters#optionalText})
 */
public record ParameterInfo(String name, String description, String defaultValue) {}
