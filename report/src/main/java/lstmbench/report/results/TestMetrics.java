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
 */
public record TestMetrics(RecordedErrors streaming, RecordedErrors windowed, RecordedErrors persistence) {
    public TestMetrics {
        Objects.requireNonNull(streaming, "streaming");
        Objects.requireNonNull(windowed, "windowed");
        Objects.requireNonNull(persistence, "persistence");
    }

    /** Windowed over streaming test MSE (original scale): above 1 means resetting the state costs accuracy. */
    public double resetPenalty() {
        return windowed.mseOriginal() / streaming.mseOriginal();
    }
}
