package lstmbench.datasets.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.specstring.ParameterInfo;
import lstmbench.datasets.specstring.SpecParameters;

/**
 * The six synthetic generators.
 *
 * <p>The catalogue of synthetic generators: the name used in specification strings, a description,
 * the declared parameters with defaults, and how to build the typed process from parameter text.
 * {@code lstmbench datasets} lists this; SyntheticProcess records are what leaves the module.
 */
public enum Generator {
    SINE_MIXTURE(
            "sine-mixture",
            "sum of sinusoids plus Gaussian noise (short memory)",
            List.of(
                    new ParameterInfo("periods", "comma-separated periods in steps, each > 1", "24,168"),
                    new ParameterInfo("amplitudes", "comma-separated amplitudes, one per period", "1,0.5"),
                    new ParameterInfo("noise", "noise standard deviation, >= 0", "0.1")),
            p -> new SineMixture(p.numbers("periods"), p.numbers("amplitudes"), p.number("noise"))),
    AR(
            "ar",
            "stationary autoregressive process AR(p): x_t = sum c_i x_{t-i} + sigma e_t",
            List.of(
                    new ParameterInfo("coefficients", "comma-separated c_1..c_p of a stationary AR(p)", "0.6,-0.3"),
                    new ParameterInfo("sigma", "noise standard deviation, > 0", "1")),
            p -> new AutoRegressive(p.numbers("coefficients"), p.number("sigma"))),
    SEASONAL_AR(
            "seasonal-ar",
            "memory probe s_t = phi s_{t-L} + sigma e_t: seeing L steps back explains phi^2 of the"
                    + " variance, less memory explains nothing",
            List.of(
                    new ParameterInfo("lag", "the planted lag L in steps, >= 1", "64"),
                    new ParameterInfo("phi", "coefficient, |phi| < 1", "0.9"),
                    new ParameterInfo("sigma", "noise standard deviation, > 0", "1")),
            p -> new SeasonalAr(p.integer("lag"), p.number("phi"), p.number("sigma"))),
    MACKEY_GLASS(
            "mackey-glass",
            "Mackey-Glass chaotic delay equation (beta 0.2, gamma 0.1, n 10), RK4, subsampled",
            List.of(
                    new ParameterInfo("tau", "delay in time units (17: chaotic benchmark)", "17"),
                    new ParameterInfo("sample", "time units between samples", "1"),
                    new ParameterInfo("step", "Runge-Kutta step in time units", "0.1")),
            p -> new MackeyGlass(p.number("tau"), p.number("sample"), p.number("step"))),
    NARMA10(
            "narma10",
            "NARMA-10 output with tanh stabilisation, inputs uniform on [0, input-max]",
            List.of(new ParameterInfo("input-max", "upper end of the uniform inputs, in (0, 0.5]", "0.5")),
            p -> new Narma10(p.number("input-max"))),
    RANDOM_WALK(
            "random-walk",
            "Gaussian random walk, negative control: nothing beats persistence",
            List.of(
                    new ParameterInfo("sigma", "increment standard deviation, > 0", "1"),
                    new ParameterInfo("drift", "mean increment", "0")),
            p -> new RandomWalk(p.number("sigma"), p.number("drift")));

    /** Parameters every synthetic specification accepts besides the generator's own. */
    public static final List<ParameterInfo> COMMON_PARAMETERS = List.of(
            new ParameterInfo("length", "number of points, >= 1", "10000"),
            new ParameterInfo(
                    "seed",
                    "random seed (64-bit integer); the same seed gives the same series;"
                            + " in an experiment, run = each run's seed",
                    "1"));

    private final String specName;
    private final String description;
    private final List<ParameterInfo> parameters;
    private final Function<SpecParameters, SyntheticProcess> factory;

    Generator(
            String specName,
            String description,
            List<ParameterInfo> parameters,
            Function<SpecParameters, SyntheticProcess> factory) {
        this.specName = specName;
        this.description = description;
        this.parameters = parameters;
        this.factory = factory;
    }

    /** The name in specification strings, e.g. {@code seasonal-ar}. */
    public String specName() {
        return specName;
    }

    public String description() {
        return description;
    }

    /** The generator's own parameters (see also {@link #COMMON_PARAMETERS}). */
    public List<ParameterInfo> parameters() {
        return parameters;
    }

    /** The process with every parameter at its default. */
    public SyntheticProcess defaultProcess() {
        return create(read(Map.of()));
    }

    /**
     * The given keys and values read against this generator's parameters plus {@link
     * #COMMON_PARAMETERS}; unknown keys are a {@code SpecException}.
     */
    public SpecParameters read(Map<String, String> given) {
        List<ParameterInfo> declared = new ArrayList<>(parameters);
        declared.addAll(COMMON_PARAMETERS);
        return new SpecParameters("generator '" + specName + "'", given, declared);
    }

    /** Builds the process from its parameters (see {@link #read(Map)}); bad values are errors. */
    public SyntheticProcess create(SpecParameters values) {
        return factory.apply(values);
    }

    /**
     * Throws a {@link DatasetException} naming this generator and {@code parameter} unless {@code
     * ok}: the range checks of the processes' records.
     */
    void require(boolean ok, String parameter, String expectation, Object got) {
        if (!ok) {
            throw new DatasetException("Parameter '" + parameter + "' of generator '" + specName + "' must be "
                    + expectation + ", got " + got);
        }
    }

    public static Optional<Generator> find(String name) {
        return Arrays.stream(values()).filter(g -> g.specName.equals(name)).findFirst();
    }

    /** The generator called {@code name}, or an error listing the known ones. */
    public static Generator byName(String name) {
        return find(name)
                .orElseThrow(() -> new DatasetException("Unknown generator '" + name + "': expected one of "
                        + Arrays.stream(values()).map(Generator::specName).collect(Collectors.joining(", "))));
    }
}
