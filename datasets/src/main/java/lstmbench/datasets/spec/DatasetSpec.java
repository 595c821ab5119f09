package lstmbench.datasets.spec;

import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.named.DataDirectory;

/**
 * Where a series comes from; {@link DatasetSpecs#parse(String)} builds one from text.
 *
 * <p>A parsed dataset specification: the typed value behind strings such as
 * {@code synthetic:seasonal-ar?lag=64&phi=0.9&length=47249&seed=1},
 * {@code csv:data.csv?column=TEMP} or {@code pollution-temp}. Configs and the command line hold the
 * string; everything else holds this.
 */
public sealed interface DatasetSpec permits SyntheticSpec, CsvSpec, NamedSpec {

    /** Loads or generates the series; named datasets are looked up in {@code data}. */
    TimeSeries load(DataDirectory data);

    /** Loads with {@link DataDirectory#fromEnvironment()}: {@code LSTMBENCH_DATA}, else the bundled copies. */
    default TimeSeries load() {
        return load(DataDirectory.fromEnvironment());
    }

    /** The canonical specification string, with every default written out; parses back to this. */
    String text();
}
