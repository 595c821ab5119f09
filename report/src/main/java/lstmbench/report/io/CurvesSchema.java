package lstmbench.report.io;

import java.util.List;
import lstmbench.report.results.CurvePoint;

/**
 * The columns of curves.csv and how a CurvePoint maps to them.
 *
 * <p>curves.csv: one row per run and epoch.
 */
final class CurvesSchema implements CsvSchema<CurvePoint> {
    private static final List<String> COLUMNS = List.of(
            "run_id",
            "epoch",
            "train_loss",
            "validation_loss",
            "wall_seconds",
            "timesteps_seen",
            "gradient_norm",
            "windowed_validation_loss",
            "updates",
            "updates_seen",
            "evaluation_seconds");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> cells(CurvePoint point) {
        return List.of(
                point.runId().value(),
                Cells.integer(point.epoch()),
                Cells.number(point.trainLoss()),
                Cells.number(point.validationLoss()),
                Cells.number(point.wallSeconds()),
                Cells.integer(point.timestepsSeen()),
                Cells.number(point.gradientNorm()),
                Cells.number(point.windowedValidationLoss()),
                Cells.integer(point.updates()),
                Cells.integer(point.updatesSeen()),
                Cells.number(point.evaluationSeconds()));
    }

    @Override
    public CurvePoint parse(CsvRow row) throws ResultsFormatException {
        return new CurvePoint(
                RunsSchema.runId(row),
                row.smallInteger("epoch"),
                row.number("train_loss"),
                row.number("validation_loss"),
                row.number("wall_seconds"),
                row.integer("timesteps_seen"),
                row.number("gradient_norm"),
                row.number("windowed_validation_loss"),
                row.integer("updates"),
                row.integer("updates_seen"),
                row.number("evaluation_seconds"));
    }
}
