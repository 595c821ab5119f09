package lstmbench.report.io;

import java.util.List;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;

/**
 * The columns of throughput.csv and how a ThroughputRecord maps to them. Rows of older folders
 * with metric SAMPLES_PER_SECOND (unit samples/s) are read as TIMESTEPS_PER_SECOND (timesteps/s).
 *
 * <p>throughput.csv: one row per benchmark, parameter set and metric.
 */
final class ThroughputSchema implements CsvSchema<ThroughputRecord> {
    private static final String TIMESTEPS_PER_SECOND_UNIT = "timesteps/s";
    private static final List<String> COLUMNS =
            List.of("benchmark", "subject", "metric", "parameters", "score", "error", "median", "unit");
    /** Folders written before the median was kept lack it; read as NaN. */
    private static final List<String> ADDED_LATER = List.of("median");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> columnsAddedLater() {
        return ADDED_LATER;
    }

    @Override
    public List<String> cells(ThroughputRecord record) {
        return List.of(
                record.benchmark(),
                Cells.name(record.subject()),
                Cells.name(record.metric()),
                record.parameters(),
                Cells.number(record.score()),
                Cells.number(record.error()),
                Cells.number(record.median()),
                record.unit());
    }

    /** The metric's and unit's names before timesteps/s was chosen as the one name of the rate. */
    private static final String OLD_METRIC = "SAMPLES_PER_SECOND";

    private static final String OLD_UNIT = "samples/s";

    @Override
    public ThroughputRecord parse(CsvRow row) throws ResultsFormatException {
        boolean old = row.text("metric").trim().equals(OLD_METRIC);
        ThroughputMetric metric =
                old ? ThroughputMetric.TIMESTEPS_PER_SECOND : row.enumValue("metric", ThroughputMetric.class);
        String unit = old && row.text("unit").equals(OLD_UNIT) ? TIMESTEPS_PER_SECOND_UNIT : row.text("unit");
        return new ThroughputRecord(
                row.requiredText("benchmark"),
                row.enumValue("subject", BenchmarkSubject.class),
                metric,
                row.text("parameters"),
                row.number("score"),
                row.number("error"),
                row.text("median").isBlank() ? Double.NaN : row.number("median"),
                unit);
    }
}
