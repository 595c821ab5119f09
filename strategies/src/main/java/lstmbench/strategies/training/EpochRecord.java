package lstmbench.strategies.training;

import lstmbench.strategies.evaluation.EvaluationMode;

/**
 * What one epoch of training measured:
 *
 * <pre>
 * trainLoss               mean masked MSE over the epoch's scored predictions (scaled units), each
 *                         batch's loss weighted by its number of scored predictions
 * validationLoss          streaming MSE on every validation target (scaled) after the epoch
 * windowedValidationLoss  windowed MSE (the run's window) on the fixed subsample of validation
 *                         targets (ValidationLoss.SUBSAMPLE), scaled, after the epoch
 * epochSeconds            wall-clock seconds of the epoch's training (batches, backward, optimiser;
 *                         not the validation passes); elapsedSeconds the running total
 * evaluationSeconds       wall-clock seconds of the epoch's two validation passes
 * timesteps               forward steps run, sum of B * T over batches (burn-in steps included);
 *                         cumulativeTimesteps the running total
 * optimizerSteps          updates made (batches with at least one scored step);
 *                         cumulativeOptimizerSteps the running total
 * mean/maxGradientNorm    global gradient norm before clipping, over the epoch's updates
 * complete                whether every batch of the epoch's plan ran (false only for the last,
 *                         partial epoch of an update, timestep or seconds budget)
 * </pre>
 */
public record EpochRecord(
        int epoch,
        double trainLoss,
        double validationLoss,
        double windowedValidationLoss,
        double epochSeconds,
        double elapsedSeconds,
        double evaluationSeconds,
        long timesteps,
        long cumulativeTimesteps,
        int optimizerSteps,
        long cumulativeOptimizerSteps,
        double meanGradientNorm,
        double maxGradientNorm,
        boolean complete) {

    /** The validation loss of this epoch in a mode (windowed: on the subsample). */
    public double validationLoss(EvaluationMode mode) {
        return mode == EvaluationMode.STREAMING ? validationLoss : windowedValidationLoss;
    }
}
