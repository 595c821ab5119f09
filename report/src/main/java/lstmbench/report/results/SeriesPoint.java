package lstmbench.report.results;

import java.util.Objects;

/**
 * One row of series.csv: one point of a dataset's series with the split it falls in.
 *
 * <p>A point of a dataset, on the original scale; series.csv holds every dataset of the experiment.
 *
 * @param dataset dataset specification string (the same text as runs.csv's dataset column)
 * @param index   0-based position in the series
 * @param value   the observation
 * @param split   the chronological split it belongs to
 */
public record SeriesPoint(String dataset, int index, double value, Split split) {
    public SeriesPoint {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(split, "split");
    }
}
