package lstmbench.datasets.spec;

import lstmbench.datasets.DatasetException;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.named.DataDirectory;
import lstmbench.datasets.synthetic.SyntheticProcess;

/**
 * {@code synthetic:NAME?params&length=N&seed=S}.
 *
 * <p>A synthetic series: the typed generator parameters plus length and seed.
 *
 * @param process the generator with its parameters (e.g. a {@code SeasonalAr}, whose reference
 *     errors are available from it)
 * @param length number of points (>= 1)
 * @param seed random seed
 */
public record SyntheticSpec(SyntheticProcess process, int length, long seed) implements DatasetSpec {

    public SyntheticSpec {
        if (length < 1) {
            throw new DatasetException("Parameter 'length' of generator '"
                    + process.generator().specName() + "' must be >= 1, got " + length);
        }
    }

    @Override
    public TimeSeries load(DataDirectory data) {
        return TimeSeries.of(
                process.generator().specName(),
                process.generate(length, seed),
                text() + " (memory demand " + process.memoryDemand().steps() + " steps: "
                        + process.memoryDemand().explanation() + ")");
    }

    @Override
    public String text() {
        return textWithSeed(Long.toString(seed));
    }

    /** The canonical text with {@code seedText} as the seed's value (e.g. {@code run}). */
    public String textWithSeed(String seedText) {
        return "synthetic:" + process.generator().specName() + "?" + process.parameterText() + "&length=" + length
                + "&seed=" + seedText;
    }
}
