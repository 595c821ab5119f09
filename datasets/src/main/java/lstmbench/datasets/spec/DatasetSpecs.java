package lstmbench.datasets.spec;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.csv.ColumnSelector;
import lstmbench.datasets.csv.CsvSource;
import lstmbench.datasets.csv.HeaderRow;
import lstmbench.datasets.named.NamedDataset;
import lstmbench.datasets.specstring.SpecException;
import lstmbench.datasets.specstring.SpecParameters;
import lstmbench.datasets.specstring.SpecString;
import lstmbench.datasets.synthetic.Generator;

/**
 * Parses specification strings.
 *
 * <p>Parses dataset specification strings into typed DatasetSpec values.
 *
 * <pre>
 * synthetic:NAME[?key=value&amp;...]     generator NAME; keys: its parameters plus length and seed
 *                                     (seed=run: each run's seed, resolved by an experiment)
 * csv:PATH?column=C[&amp;missing=error|drop|interpolate][&amp;time=T][&amp;delimiter=D][&amp;header=present|absent]
 * NAME[?missing=...]                  a named real dataset (pollution-temp, pollution-pm25,
 *                                     melbourne-min-temp, sunspots)
 * </pre>
 *
 * <p>Columns are header names, or 0-based indices when all digits. The string is split by the
 * shared SpecString parser and its values read by SpecParameters (the same ones strategy
 * specifications use). Unknown generators, datasets or keys, repeated keys and non-numeric values
 * are errors whose message quotes the whole specification.
 */
public final class DatasetSpecs {

    static final String SYNTHETIC = "synthetic:";
    static final String CSV = "csv:";

    /**
     * The value of a synthetic specification's {@code seed} that follows the run seed: an experiment
     * generates the series once for each of its seeds, with that seed, so seed ranges include the
     * data's variability. Such a specification names a family of series, not one; {@link
     * #withRunSeed} picks one of them.
     */
    public static final String RUN_SEED = "run";

    private DatasetSpecs() {}

    /** True when {@code spec} is a synthetic specification whose seed is {@code run}. */
    public static boolean followsRunSeed(String spec) {
        try {
            SpecString parsed = SpecString.parse(spec == null ? "" : spec.trim());
            return parsed.name().startsWith(SYNTHETIC)
                    && RUN_SEED.equals(parsed.parameters().get("seed"));
        } catch (SpecException malformed) {
            return false;
        }
    }

    /**
     * {@code spec} with {@code seed=run} replaced by {@code seed=S} (the other parameters as written);
     * a specification that does not follow the run seed is returned unchanged.
     */
    public static String withRunSeed(String spec, long seed) {
        if (!followsRunSeed(spec)) {
            return spec;
        }
        SpecString parsed = SpecString.parse(spec.trim());
        Map<String, String> parameters = new java.util.LinkedHashMap<>(parsed.parameters());
        parameters.put("seed", Long.toString(seed));
        return new SpecString(parsed.name(), parameters).text();
    }

    /**
     * The canonical text of a specification that follows the run seed: the generator's parameters
     * with their defaults filled in, as {@link SyntheticSpec#text()} writes them, and {@code seed=run}.
     * Refuses a specification that does not follow the run seed.
     */
    public static String runSeededText(String spec) {
        if (!followsRunSeed(spec)) {
            throw new IllegalArgumentException("'" + spec + "' does not have seed=" + RUN_SEED);
        }
        return ((SyntheticSpec) parse(withRunSeed(spec, 0))).textWithSeed(RUN_SEED);
    }

    /**
     * Parses and loads in one step, reading named datasets as {@link
     * lstmbench.datasets.named.DataDirectory#fromEnvironment()} says.
     */
    public static TimeSeries load(String spec) {
        return parse(spec).load();
    }

    /** Parses a specification string; every malformed one is a {@link DatasetException}. */
    public static DatasetSpec parse(String spec) {
        String text = spec == null ? "" : spec.trim();
        if (text.isEmpty()) {
            throw new DatasetException("Empty dataset specification: expected " + expectedForms());
        }
        try {
            SpecString parsed = SpecString.parse(text);
            if (parsed.name().startsWith(SYNTHETIC)) {
                return synthetic(parsed.name().substring(SYNTHETIC.length()).trim(), parsed.parameters());
            }
            if (parsed.name().startsWith(CSV)) {
                return csv(parsed.name().substring(CSV.length()).trim(), parsed.parameters());
            }
            return named(parsed);
        } catch (DatasetException | SpecException e) {
            throw new DatasetException("Dataset specification '" + text + "': " + e.getMessage(), e);
        }
    }

    private static String expectedForms() {
        return "synthetic:NAME?key=value&..., csv:PATH?column=..., or a named dataset ("
                + Arrays.stream(NamedDataset.values())
                        .map(NamedDataset::specName)
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static SyntheticSpec synthetic(String name, Map<String, String> given) {
        if (name.isEmpty()) {
            throw new DatasetException("missing generator name after 'synthetic:'; expected one of "
                    + Arrays.stream(Generator.values()).map(Generator::specName).collect(Collectors.joining(", ")));
        }
        Generator generator = Generator.byName(name);
        if (RUN_SEED.equals(given.get("seed"))) {
            throw new DatasetException("seed=" + RUN_SEED + " takes each run's seed, so it names one series per"
                    + " seed: it is accepted in an experiment's datasets, which generate the series for every seed;"
                    + " give a number to generate one series here");
        }
        SpecParameters values = generator.read(given);
        return new SyntheticSpec(generator.create(values), values.integer("length"), values.longInteger("seed"));
    }

    private static CsvSpec csv(String path, Map<String, String> given) {
        if (path.isEmpty()) {
            throw new DatasetException("missing file path after 'csv:'; expected csv:PATH?column=NAME");
        }
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            throw new DatasetException("'" + path + "' is not a valid file path", e);
        }
        SpecParameters values = new SpecParameters("csv", given, CsvSpec.PARAMETERS);
        CsvSource source = CsvSource.of(file, ColumnSelector.parse(values.text("column")))
                .withMissing(values.choice("missing", MissingPolicy.class))
                .withDelimiter(DelimiterNames.parse(values.text("delimiter")))
                .withHeader(values.choice("header", HeaderRow.class));
        return new CsvSpec(values.optionalText("time")
                .map(t -> source.withTimeColumn(ColumnSelector.parse(t)))
                .orElse(source));
    }

    private static NamedSpec named(SpecString parsed) {
        String name = parsed.name();
        int colon = name.indexOf(':');
        if (colon >= 0) {
            throw new DatasetException(
                    "unknown kind '" + name.substring(0, colon + 1) + "': expected " + expectedForms());
        }
        NamedDataset dataset = NamedDataset.find(name)
                .orElseThrow(() -> new DatasetException("unknown dataset '" + name + "': expected " + expectedForms()));
        SpecParameters values = new SpecParameters(
                "named dataset '" + dataset.specName() + "'", parsed.parameters(), NamedSpec.parameters(dataset));
        return new NamedSpec(dataset, values.choice("missing", MissingPolicy.class));
    }
}
