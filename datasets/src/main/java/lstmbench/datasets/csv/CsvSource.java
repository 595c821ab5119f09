package lstmbench.datasets.csv;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import lstmbench.datasets.MissingPolicy;

/**
 * What to load from a CSV file.
 *
 * <p>A typed description of one column of one CSV file to load as a series: where the file is read
 * from, the value column, the optional time column, delimiter, header and the missing-value policy.
 *
 * @param origin where the CSV file is read from
 * @param column the value column
 * @param timeColumn the column whose text becomes the series' time labels, if any
 * @param delimiter the field separator
 * @param header whether the first line holds column names
 * @param missing what to do with empty, {@code NA} or {@code NaN} cells in the value column
 */
public record CsvSource(
        CsvOrigin origin,
        ColumnSelector column,
        Optional<ColumnSelector> timeColumn,
        char delimiter,
        HeaderRow header,
        MissingPolicy missing) {

    public CsvSource {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(timeColumn, "timeColumn");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(missing, "missing");
    }

    /** Comma-separated, header present, no time column, missing values are an error. */
    public static CsvSource of(CsvOrigin origin, ColumnSelector column) {
        return new CsvSource(origin, column, Optional.empty(), ',', HeaderRow.PRESENT, MissingPolicy.ERROR);
    }

    /** {@link #of(CsvOrigin, ColumnSelector)} for a file on disk. */
    public static CsvSource of(Path file, ColumnSelector column) {
        return of(new CsvOrigin.OnDisk(file), column);
    }

    public CsvSource withTimeColumn(ColumnSelector time) {
        return new CsvSource(origin, column, Optional.of(time), delimiter, header, missing);
    }

    public CsvSource withDelimiter(char newDelimiter) {
        return new CsvSource(origin, column, timeColumn, newDelimiter, header, missing);
    }

    public CsvSource withHeader(HeaderRow newHeader) {
        return new CsvSource(origin, column, timeColumn, delimiter, newHeader, missing);
    }

    public CsvSource withMissing(MissingPolicy policy) {
        return new CsvSource(origin, column, timeColumn, delimiter, header, policy);
    }
}
