package lstmbench.report.io;

import java.util.List;
import lstmbench.report.results.Split;
import lstmbench.report.results.SplitSummary;

/**
 * The columns of splits.csv and how a SplitSummary maps to them.
 *
 * <p>splits.csv: one row per dataset and split, with statistics over every point of the split.
 */
final class SplitsSchema implements CsvSchema<SplitSummary> {
    private static final List<String> COLUMNS =
            List.of("dataset", "split", "points", "first_index", "mean", "std", "min", "max");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> cells(SplitSummary summary) {
        return List.of(
                summary.dataset(),
                Cells.name(summary.split()),
                Cells.integer(summary.points()),
                Cells.integer(summary.firstIndex()),
                Cells.number(summary.mean()),
                Cells.number(summary.std()),
                Cells.number(summary.min()),
                Cells.number(summary.max()));
    }

    @Override
    public SplitSummary parse(CsvRow row) throws ResultsFormatException {
        return new SplitSummary(
                row.requiredText("dataset"),
                row.enumValue("split", Split.class),
                row.smallInteger("points"),
                row.smallInteger("first_index"),
                row.number("mean"),
                row.number("std"),
                row.number("min"),
                row.number("max"));
    }
}
