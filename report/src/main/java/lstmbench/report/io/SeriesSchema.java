package lstmbench.report.io;

import java.util.List;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;

/**
 * The columns of series.csv and how a SeriesPoint maps to them.
 *
 * <p>series.csv: every point of every dataset of the experiment, with its split.
 */
final class SeriesSchema implements CsvSchema<SeriesPoint> {
    private static final List<String> COLUMNS = List.of("dataset", "index", "value", "split");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> cells(SeriesPoint point) {
        return List.of(
                point.dataset(), Cells.integer(point.index()), Cells.number(point.value()), Cells.name(point.split()));
    }

    @Override
    public SeriesPoint parse(CsvRow row) throws ResultsFormatException {
        return new SeriesPoint(
                row.requiredText("dataset"),
                row.smallInteger("index"),
                row.number("value"),
                row.enumValue("split", Split.class));
    }
}
