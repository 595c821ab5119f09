package lstmbench.strategies;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lstmbench.datasets.specstring.ParameterInfo;
import lstmbench.datasets.specstring.SpecParameters;

/**
 * A registered strategy: the name users type, what it does, its parameters with defaults, and how
 * to build it from its parameters as read by the datasets module's shared SpecParameters. The
 * built value is the strategy's own typed record, which checks the values' ranges.
 */
public record StrategyType(
        String name, String description, List<ParameterInfo> parameters, Function<SpecParameters, Strategy> factory) {

    public StrategyType {
        parameters = List.copyOf(parameters);
    }

    /**
     * The strategy with the given parameters (absent ones take their defaults); an unknown key or
     * a malformed value is a {@code SpecException}, a value out of range a {@link StrategyException}.
     */
    public Strategy create(Map<String, String> given) {
        return factory.apply(new SpecParameters("strategy '" + name + "'", given, parameters));
    }

    /** The strategy at its default parameters. */
    public Strategy defaults() {
        return create(Map.of());
    }
}
