package lstmbench.strategies.training;

/**
 * What one epoch of training measured:
 *
 * <pre>
 * trainLoss       mean masked MSE over the epoch's scored predictions (scaled units), each batch's
 *                 loss weighted by its number of scored predictions
 * validationLoss  streaming MSE on the validation part (scaled) after the epoch
 * epochSeconds    wall-clock seconds of the epoch's training (batches, backward, optimiser;
 *                 not the validation pass); elapsedSeconds the running total
 * timesteps       forward steps run, sum of B * T over batches (burn-in steps included);
 *                 cumulativeTimesteps the running total
 * optimizerSteps  updates made (batches with at least one scored step)
 * mean/maxGradientNorm  global gradient norm before clipping, over the epoch's updates
 * </pre>
 */
public record EpochRecord(int epoch, double trainLoss, double validationLoss, double epochSeconds,
                          double elapsedSeconds, long timesteps, long cumulativeTimesteps, int optimizerSteps,
                          double meanGradientNorm, double maxGradientNorm) {
}
