package lstmbench.report.io;

import java.util.List;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.Split;

/**
 * The columns of forecasts.csv and how a ForecastPoint maps to them.
 *
 * <p>forecasts.csv: one row per run, evaluation mode and forecast point.
 */
final class ForecastsSchema implements CsvSchema<ForecastPoint> {
    private static final List<String> COLUMNS = List.of("run_id", "split", "index", "actual", "predicted", "mode");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> cells(ForecastPoint point) {
        return List.of(
                point.runId().value(),
                Cells.name(point.split()),
                Cells.integer(point.index()),
                Cells.number(point.actual()),
                Cells.number(point.predicted()),
                Cells.name(point.mode()));
    }

    @Override
    public ForecastPoint parse(CsvRow row) throws ResultsFormatException {
        return new ForecastPoint(
                RunsSchema.runId(row),
                row.enumValue("split", Split.class),
                row.smallInteger("index"),
                row.number("actual"),
                row.number("predicted"),
                row.enumValue("mode", EvaluationMode.class));
    }
}
