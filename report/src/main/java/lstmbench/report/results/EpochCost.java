package lstmbench.report.results;

/**
 * What one training epoch of a run costs in time, work and memory.
 *
 * <p>Cost of one epoch, averaged over the epochs a run completed.
 *
 * @param secondsPerEpoch       wall-clock seconds (NaN when no epoch completed)
 * @param timestepsPerEpoch     timesteps pushed through the LSTM, summed over the batch rows
 * @param trainingBytesPerEpoch bytes of training input materialised for one epoch
 */
public record EpochCost(double secondsPerEpoch, long timestepsPerEpoch, long trainingBytesPerEpoch) {}
