package lstmbench.strategies.training;

import java.util.List;

import lstmbench.kernel.ModelParams;

/**
 * What one training run leaves: how it ended (its TrainingOutcome), one record per finished epoch,
 * the final weights (meaningless when it diverged) and the cost summary of its plan.
 */
public record TrainingResult(String strategySpec, TrainingConfig config, TrainingOutcome outcome, List<EpochRecord> epochs,
                             ModelParams params, PlanSummary plan) {

    public TrainingResult {
        epochs = List.copyOf(epochs);
    }

    /** Validation loss after the last finished epoch; +infinity when none finished. */
    public double finalValidationLoss() {
        return epochs.isEmpty() ? Double.POSITIVE_INFINITY : epochs.get(epochs.size() - 1).validationLoss();
    }
}
