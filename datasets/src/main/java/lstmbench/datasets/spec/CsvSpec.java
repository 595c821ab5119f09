package lstmbench.datasets.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.csv.CsvLoader;
import lstmbench.datasets.csv.CsvOrigin;
import lstmbench.datasets.csv.CsvSource;
import lstmbench.datasets.named.DataDirectory;
import lstmbench.datasets.specstring.ParameterInfo;
import lstmbench.datasets.specstring.SpecParameters;
import lstmbench.datasets.specstring.SpecString;

/**
 * A CSV column; relative paths are resolved against the working directory.
 *
 * <p>A column of any CSV file:
 * {@code csv:PATH?column=...&missing=...&time=...&delimiter=...&header=...}.
 *
 * @param source the file (on disk: a specification string names a path), columns, delimiter,
 *     header and missing-value policy
 */
public record CsvSpec(CsvSource source) implements DatasetSpec {

    /** The keys of {@code csv:PATH?...}; {@code column} is required, {@code time} optional. */
    public static final List<ParameterInfo> PARAMETERS = List.of(
            new ParameterInfo("column", "value column: header name, or 0-based index if all digits (required)", ""),
            new ParameterInfo("missing", "missing cells (empty, NA, NaN): error, drop or interpolate", "error"),
            new ParameterInfo("time", "time column (name or index) whose text labels the points", ""),
            new ParameterInfo("delimiter", "comma, semicolon, tab, pipe, space, or one character", "comma"),
            new ParameterInfo("header", "present or absent (absent: columns by index only)", "present"));

    public CsvSpec {
        Objects.requireNonNull(source, "source");
        if (!(source.origin() instanceof CsvOrigin.OnDisk)) {
            throw new IllegalArgumentException("a csv: specification reads a file on disk, not "
                    + source.origin().display());
        }
    }

    @Override
    public TimeSeries load(DataDirectory data) {
        return CsvLoader.load(source);
    }

    @Override
    public String text() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("column", source.column().text());
        parameters.put("missing", SpecParameters.format(source.missing()));
        source.timeColumn().ifPresent(t -> parameters.put("time", t.text()));
        parameters.put("delimiter", DelimiterNames.name(source.delimiter()));
        parameters.put("header", SpecParameters.format(source.header()));
        return new SpecString("csv:" + source.origin().display(), parameters).text();
    }
}
