package lstmbench.report.io;

import java.util.List;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;

/**
 * The columns of throughput.csv and how a ThroughputRecord maps to them.
 *
 * <p>throughput.csv: one row per benchmark, parameter set and metric.
 */
final class ThroughputSchema implements CsvSchema<ThroughputRecord> {
    private static final List<String> COLUMNS = List.of("benchmark", "subject", "metric", "parameters",
            "score", "error", "unit");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> cells(ThroughputRecord record) {
        return List.of(record.benchmark(), Cells.name(record.subject()), Cells.name(record.metric()),
                record.parameters(), Cells.number(record.score()), Cells.number(record.error()), record.unit());
    }

    @Override
    public ThroughputRecord parse(CsvRow row) throws ResultsFormatException {
        return new ThroughputRecord(row.requiredText("benchmark"),
                row.enumValue("subject", BenchmarkSubject.class),
                row.enumValue("metric", ThroughputMetric.class), row.text("parameters"),
                row.number("score"), row.number("error"), row.text("unit"));
    }
}
