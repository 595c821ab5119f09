package lstmbench.report.results;

/**
 * How a run ended: the fixed vocabulary of runs.csv's status column and manifest.json's run list.
 * The harness writes it from the strategies module's TrainingOutcome (completed or diverged) and
 * from its own failures and plans (FAILED, PENDING).
 *
 * <p>How a run ended. {@link #PENDING} appears only in manifest.json, never in runs.csv.
 */
public enum RunStatus {
    /** Trained for all its epochs with finite losses. */
    OK,
    /** Loss or parameters became NaN or infinite; the run stopped at the recorded epoch. */
    DIVERGED,
    /** An exception ended the run at the recorded epoch; the detail says which. */
    FAILED,
    /** Planned but not finished (an interrupted experiment); manifest.json only. */
    PENDING
}
