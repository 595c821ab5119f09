package lstmbench.report.results;

import java.util.Objects;

/**
 * One row of memory.csv: one probe's value for one run at one x (lag or offset).
 *
 * <p>A memory measurement: see {@link MemoryProbe} for the meaning of {@code x} and {@code value}.
 */
public record MemoryPoint(RunId runId, MemoryProbe probe, double x, double value) {
    public MemoryPoint {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(probe, "probe");
    }
}
