package lstmbench.strategies.training;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lstmbench.kernel.ModelParams;
import lstmbench.strategies.evaluation.EvaluationMode;

/**
 * The outcome of one training run: how it ended, one record per finished epoch, the final
 * weights (meaningless when it diverged), the best checkpoint of every selectable mode (empty when
 * no epoch finished), the windowed validation window, whether patience stopped it early, the
 * cost summary of its plan, and what each batch of its last complete epoch cost (BatchCosts.NONE
 * when no epoch completed).
 */
public record TrainingResult(
        String strategySpec,
        TrainingConfig config,
        TrainingOutcome outcome,
        List<EpochRecord> epochs,
        ModelParams params,
        Map<EvaluationMode, Checkpoint> best,
        int window,
        boolean stoppedEarly,
        PlanSummary plan,
        BatchCosts batchCosts) {

    public TrainingResult {
        epochs = List.copyOf(epochs);
        best = best.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(best));
    }

    /** Validation loss (streaming) after the last finished epoch; +infinity when none finished. */
    public double finalValidationLoss() {
        return epochs.isEmpty()
                ? Double.POSITIVE_INFINITY
                : epochs.get(epochs.size() - 1).validationLoss();
    }

    /** The kept checkpoint of a mode, when the mode is selectable and an epoch finished. */
    public Optional<Checkpoint> best(EvaluationMode mode) {
        return Optional.ofNullable(best.get(mode));
    }

    /** Optimiser updates over the whole run. */
    public long optimizerUpdates() {
        return epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).cumulativeOptimizerSteps();
    }

    /** Forward timesteps over the whole run. */
    public long timesteps() {
        return epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).cumulativeTimesteps();
    }

    /** Training wall-clock seconds over the finished epochs. */
    public double trainingSeconds() {
        return epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).elapsedSeconds();
    }

    /** Wall-clock seconds of the per-epoch validation passes. */
    public double evaluationSeconds() {
        return epochs.stream().mapToDouble(EpochRecord::evaluationSeconds).sum();
    }
}
