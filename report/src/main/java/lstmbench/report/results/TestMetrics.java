package lstmbench.report.results;

import java.util.Objects;

/**
 * Test-split metrics of a run chosen for testing: both evaluation modes and the persistence
 * baseline.
 *
 * <p>Test metrics of one run.
 *
 * @param streaming   state warmed on the whole training series, then carried through
 * @param windowed    zero state, the preceding W points fed for every forecast
 * @param persistence the forecast "next value equals this value" on the same test split
 * @param excludedTargets test targets a missing-value policy filled in, left out of all three (the
 *                    errors are means over the other targets)
 */
public record TestMetrics(
        RecordedErrors streaming, RecordedErrors windowed, RecordedErrors persistence, int excludedTargets) {
    public TestMetrics {
        Objects.requireNonNull(streaming, "streaming");
        Objects.requireNonNull(windowed, "windowed");
        Objects.requireNonNull(persistence, "persistence");
        if (excludedTargets < 0) {
            throw new IllegalArgumentException("excludedTargets must be >= 0, was " + excludedTargets);
        }
    }

    /** Metrics of a test part in which every target was scored (nothing filled in). */
    public TestMetrics(RecordedErrors streaming, RecordedErrors windowed, RecordedErrors persistence) {
        this(streaming, windowed, persistence, 0);
    }

    /** Windowed over streaming test MSE (original scale): above 1 means resetting the state costs accuracy. */
    public double resetPenalty() {
        return windowed.mseOriginal() / streaming.mseOriginal();
    }
}
