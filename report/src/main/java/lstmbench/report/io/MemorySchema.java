package lstmbench.report.io;

import java.util.List;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;

/**
 * The columns of memory.csv and how a MemoryPoint maps to them.
 *
 * <p>memory.csv: one row per run, probe and x.
 */
final class MemorySchema implements CsvSchema<MemoryPoint> {
    private static final List<String> COLUMNS = List.of("run_id", "probe", "x", "value");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> cells(MemoryPoint point) {
        return List.of(
                point.runId().value(), Cells.name(point.probe()), Cells.number(point.x()), Cells.number(point.value()));
    }

    @Override
    public MemoryPoint parse(CsvRow row) throws ResultsFormatException {
        return new MemoryPoint(
                RunsSchema.runId(row), row.enumValue("probe", MemoryProbe.class), row.number("x"), row.number("value"));
    }
}
