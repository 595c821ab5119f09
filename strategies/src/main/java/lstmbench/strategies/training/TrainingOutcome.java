package lstmbench.strategies.training;

/**
 * How a training run ended: all epochs done, or stopped at the first non-finite loss, gradient
 * norm or weight (the epoch and batch where it happened are recorded; the caller moves on). A
 * non-finite validation loss after an epoch counts too, with batch = the epoch's batch count.
 * This is the trainer's own value; the harness turns it into the status column of runs.csv
 * (the report module's TrainingOutcome, which also has FAILED and PENDING).
 */
public sealed interface TrainingOutcome {

    record Completed() implements TrainingOutcome {}

    record Diverged(int epoch, int batch, DivergenceCause cause) implements TrainingOutcome {}

    /** What turned non-finite first (VALIDATION_LOSS: the streaming validation pass after the epoch). */
    enum DivergenceCause {
        LOSS,
        GRADIENT,
        PARAMETERS,
        VALIDATION_LOSS
    }

    default boolean completed() {
        return this instanceof Completed;
    }
}
