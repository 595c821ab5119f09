package lstmbench.datasets.named;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.csv.ColumnSelector;
import lstmbench.datasets.csv.CsvLoader;
import lstmbench.datasets.csv.CsvOrigin;
import lstmbench.datasets.csv.CsvSource;

/**
 * A real dataset known by a short name.
 *
 * <p>The real datasets the project knows by name: which file, which column, which time column, the
 * default missing-value policy and the expected length. The files are unmodified public copies,
 * bundled as resources beside this class; the README.md there gives each one's source, licence,
 * row count and SHA-256 (scripts/fetch-datasets.sh downloads them again and checks the hashes).
 */
public enum NamedDataset {
    POLLUTION_TEMP(
            "pollution-temp",
            "pollution.csv",
            "TEMP",
            Optional.empty(),
            MissingPolicy.ERROR,
            43_824,
            "Beijing hourly temperature (deg C), 2010-2014, US Embassy / airport weather (Liang et al. 2015,"
                    + " UCI); complete, daily and yearly cycles"),
    POLLUTION_PM25(
            "pollution-pm25",
            "pollution.csv",
            "pm2.5",
            Optional.empty(),
            MissingPolicy.INTERPOLATE,
            43_824,
            "Beijing hourly PM2.5 (ug/m^3), 2010-2014, US Embassy (Liang et al. 2015, UCI); 2,067 NA cells,"
                    + " linearly interpolated by default"),
    MELBOURNE_MIN_TEMP(
            "melbourne-min-temp",
            "daily-min-temperatures.csv",
            "Temp",
            Optional.of("Date"),
            MissingPolicy.ERROR,
            3_650,
            "Daily minimum temperature (deg C), Melbourne, 1981-1990 (Australian Bureau of Meteorology,"
                    + " via Hyndman's TSDL); yearly cycle of ~365 steps"),
    SUNSPOTS(
            "sunspots",
            "monthly-sunspots.csv",
            "Sunspots",
            Optional.of("Month"),
            MissingPolicy.ERROR,
            2_820,
            "Zurich monthly sunspot numbers, 1749-1983 (Andrews & Herzberg 1985, via Hyndman's TSDL);"
                    + " ~11-year (~132-step) cycle");

    private final String specName;
    private final String fileName;
    private final String column;
    private final Optional<String> timeColumn;
    private final MissingPolicy defaultMissing;
    private final int length;
    private final String description;

    NamedDataset(
            String specName,
            String fileName,
            String column,
            Optional<String> timeColumn,
            MissingPolicy defaultMissing,
            int length,
            String description) {
        this.specName = specName;
        this.fileName = fileName;
        this.column = column;
        this.timeColumn = timeColumn;
        this.defaultMissing = defaultMissing;
        this.length = length;
        this.description = description;
    }

    /** The name used in specification strings, e.g. {@code pollution-temp}. */
    public String specName() {
        return specName;
    }

    public String fileName() {
        return fileName;
    }

    public String column() {
        return column;
    }

    public Optional<String> timeColumn() {
        return timeColumn;
    }

    public MissingPolicy defaultMissing() {
        return defaultMissing;
    }

    /** Number of data rows in the published file. */
    public int length() {
        return length;
    }

    public String description() {
        return description;
    }

    /** The dataset called {@code name}, if there is one. */
    public static Optional<NamedDataset> find(String name) {
        return Arrays.stream(values()).filter(d -> d.specName.equals(name)).findFirst();
    }

    /** The dataset called {@code name}, or an error listing the known names. */
    public static NamedDataset byName(String name) {
        return find(name)
                .orElseThrow(() -> new DatasetException("Unknown named dataset '" + name + "': expected one of "
                        + Arrays.stream(values()).map(NamedDataset::specName).collect(Collectors.joining(", "))));
    }

    /** The CSV source for this dataset's file in {@code directory}, with the given policy. */
    public CsvSource source(DataDirectory directory, MissingPolicy missing) {
        CsvSource source = CsvSource.of(directory.locate(fileName, specName), new ColumnSelector.ByName(column))
                .withMissing(missing);
        return timeColumn
                .map(t -> source.withTimeColumn(new ColumnSelector.ByName(t)))
                .orElse(source);
    }

    /**
     * Loads the dataset, named after it, with the given missing-value policy; the description says
     * which copy was read (the bundled one, or the path of the file in the folder).
     */
    public TimeSeries load(DataDirectory directory, MissingPolicy missing) {
        CsvSource source = source(directory, missing);
        TimeSeries loaded = CsvLoader.load(source);
        String readFrom = source.origin() instanceof CsvOrigin.OnDisk onDisk ? ", read from " + onDisk.path() : "";
        return new TimeSeries(
                specName,
                loaded.values(),
                loaded.timestamps(),
                description + "; " + loaded.description() + readFrom,
                loaded.missing());
    }
}
