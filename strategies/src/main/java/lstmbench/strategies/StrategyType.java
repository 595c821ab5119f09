package lstmbench.strategies;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A registered strategy: the name users type, what it does, its parameters with defaults, and how
 * to build it from parameter text. The built value is the strategy's own typed record.
 */
public record StrategyType(String name, String description, List<ParameterInfo> parameters,
                           Function<ParameterText, Strategy> factory) {

    public StrategyType {
        parameters = List.copyOf(parameters);
    }

    /** The strategy with the given parameters (absent ones take their defaults). */
    public Strategy create(Map<String, String> parameterText) {
        return factory.apply(new ParameterText(name, parameterText, parameters));
    }

    /** The strategy at its default parameters. */
    public Strategy defaults() {
        return create(Map.of());
    }
}
