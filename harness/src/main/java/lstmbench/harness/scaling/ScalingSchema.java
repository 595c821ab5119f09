package lstmbench.harness.scaling;

import java.util.List;
import lstmbench.report.io.Cells;
import lstmbench.report.io.CsvRow;
import lstmbench.report.io.CsvSchema;
import lstmbench.report.io.ResultsFile;
import lstmbench.report.io.ResultsFormatException;

/**
 * The columns of scaling.csv, one row per series length ({@link ScalingRow}); the two ratio columns
 * are derived from the others, so reading ignores them.
 */
public final class ScalingSchema implements CsvSchema<ScalingRow> {
    /** scaling.csv in a scaling benchmark's output folder, written and read like every results file. */
    public static final ResultsFile<ScalingRow> FILE = new ResultsFile<>("scaling.csv", new ScalingSchema());

    private static final List<String> COLUMNS = List.of(
            "points",
            "wall_seconds",
            "training_seconds",
            "evaluation_seconds",
            "peak_heap_bytes",
            "peak_rss_bytes",
            "folder_bytes",
            "series_csv_bytes",
            "forecasts_bytes",
            "wall_per_training",
            "wall_per_training_and_evaluation");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> cells(ScalingRow row) {
        return List.of(
                Cells.integer(row.points()),
                Cells.number(row.wallSeconds()),
                Cells.number(row.trainingSeconds()),
                Cells.number(row.evaluationSeconds()),
                Cells.integer(row.peakHeapBytes()),
                Cells.integer(row.peakRssBytes()),
                Cells.integer(row.folderBytes()),
                Cells.integer(row.seriesCsvBytes()),
                Cells.integer(row.forecastsBytes()),
                Cells.number(row.wallPerTraining()),
                Cells.number(row.wallPerTrainingAndEvaluation()));
    }

    @Override
    public ScalingRow parse(CsvRow row) throws ResultsFormatException {
        return new ScalingRow(
                row.integer("points"),
                row.number("wall_seconds"),
                row.number("training_seconds"),
                row.number("evaluation_seconds"),
                row.integer("peak_heap_bytes"),
                row.integer("peak_rss_bytes"),
                row.integer("folder_bytes"),
                row.integer("series_csv_bytes"),
                row.integer("forecasts_bytes"));
    }
}
