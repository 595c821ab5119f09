// A column of any CSV file: `csv:PATH?column=...&missing=...&time=...&delimiter=...&header=...`.
package lstmbench.datasets.spec;

import java.util.Objects;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.csv.CsvLoader;
import lstmbench.datasets.csv.CsvOrigin;
import lstmbench.datasets.csv.CsvSource;
import lstmbench.datasets.csv.HeaderRow;
import lstmbench.datasets.named.DataDirectory;

/**
 * A CSV column; relative paths are resolved against the working directory.
 *
 * @param source the file (on disk: a specification string names a path), columns, delimiter,
 *     header and missing-value policy
 */
public record CsvSpec(CsvSource source) implements DatasetSpec {

  public CsvSpec {
    Objects.requireNonNull(source, "source");
    if (!(source.origin() instanceof CsvOrigin.OnDisk)) {
      throw new IllegalArgumentException(
          "a csv: specification reads a file on disk, not " + source.origin().display());
    }
  }

  @Override
  public TimeSeries load(DataDirectory data) {
    return CsvLoader.load(source);
  }

  @Override
  public String text() {
    return "csv:" + source.origin().display() + "?column=" + source.column().text() + "&missing="
        + source.missing().text()
        + source.timeColumn().map(t -> "&time=" + t.text()).orElse("")
        + "&delimiter=" + DelimiterNames.name(source.delimiter())
        + "&header=" + (source.header() == HeaderRow.PRESENT ? "present" : "absent");
  }

}
