package lstmbench.datasets.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.csv.CsvOrigin;
import lstmbench.datasets.named.DataDirectory;
import lstmbench.datasets.named.NamedDataset;
import lstmbench.datasets.specstring.ParameterInfo;
import lstmbench.datasets.synthetic.Generator;
import lstmbench.datasets.synthetic.MemoryDemand;
import lstmbench.datasets.synthetic.SyntheticProcess;

/**
 * Listing of everything a dataset specification can name.
 *
 * <p>What {@code lstmbench datasets} prints: the named real datasets (with where each is read from),
 * the synthetic generators with their parameters, defaults and memory demand, and the
 * parameters of csv: specifications. Typed entries, so the harness formats them as it likes.
 */
public final class DatasetCatalog {

    /**
     * A named real dataset.
     *
     * @param name its specification string
     * @param description what and where from
     * @param fileName the file it is read from
     * @param column the value column
     * @param length published number of points
     * @param defaultMissing missing-value policy unless {@code ?missing=} says otherwise
     * @param location where the file is read from (the bundled copy, or the file in the folder
     *     {@code LSTMBENCH_DATA} names), or empty when that folder lacks it
     */
    public record NamedDatasetEntry(
            String name,
            String description,
            String fileName,
            String column,
            int length,
            MissingPolicy defaultMissing,
            Optional<CsvOrigin> location) {}

    /**
     * A synthetic generator.
     *
     * @param name the NAME in {@code synthetic:NAME?...}
     * @param description the process in one line
     * @param parameters its own parameters, then {@code length} and {@code seed}
     * @param memoryDemand the memory it demands at its default parameters
     * @param example a complete specification string with every default written out
     */
    public record GeneratorEntry(
            String name,
            String description,
            List<ParameterInfo> parameters,
            MemoryDemand memoryDemand,
            String example) {}

    private DatasetCatalog() {}

    /** The named datasets, each with where {@code data} reads it from, if it can. */
    public static List<NamedDatasetEntry> namedDatasets(DataDirectory data) {
        return Arrays.stream(NamedDataset.values())
                .map(d -> new NamedDatasetEntry(
                        d.specName(),
                        d.description(),
                        d.fileName(),
                        d.column(),
                        d.length(),
                        d.defaultMissing(),
                        locate(data, d)))
                .toList();
    }

    private static Optional<CsvOrigin> locate(DataDirectory data, NamedDataset dataset) {
        try {
            return Optional.of(data.locate(dataset.fileName(), dataset.specName()));
        } catch (DatasetException absent) {
            return Optional.empty();
        }
    }

    /** The six generators. */
    public static List<GeneratorEntry> generators() {
        return Arrays.stream(Generator.values())
                .map(g -> {
                    SyntheticProcess process = g.defaultProcess();
                    List<ParameterInfo> parameters = new ArrayList<>(g.parameters());
                    parameters.addAll(Generator.COMMON_PARAMETERS);
                    String example = new SyntheticSpec(
                                    process, Integer.parseInt(defaultOf("length")), Long.parseLong(defaultOf("seed")))
                            .text();
                    return new GeneratorEntry(
                            g.specName(), g.description(), List.copyOf(parameters), process.memoryDemand(), example);
                })
                .toList();
    }

    private static String defaultOf(String common) {
        return Generator.COMMON_PARAMETERS.stream()
                .filter(p -> p.name().equals(common))
                .findFirst()
                .orElseThrow()
                .defaultValue();
    }

    /** The parameters of {@code csv:PATH?...} specifications. */
    public static List<ParameterInfo> csvParameters() {
        return CsvSpec.PARAMETERS;
    }
}
