package lstmbench.report.results;

import java.util.Objects;

/**
 * One row of curves.csv: a run's state at the end of one epoch.
 *
 * <p>Progress of one run after one epoch.
 *
 * @param runId          the run
 * @param epoch          1-based epoch number
 * @param trainLoss      mean training loss over the epoch (scaled series)
 * @param validationLoss validation MSE, streaming evaluation, every validation target, scaled series
 * @param wallSeconds    wall-clock seconds of training since the run started (cumulative)
 * @param timestepsSeen  timesteps processed since the run started (cumulative)
 * @param gradientNorm   mean gradient norm before clipping over the epoch
 * @param windowedValidationLoss validation MSE, windowed evaluation (the run's window), on a fixed
 *                       subsample of at most 512 evenly spaced validation targets, scaled series
 * @param updates        optimiser updates in the epoch
 * @param updatesSeen    optimiser updates since the run started (cumulative)
 * @param evaluationSeconds wall-clock seconds of the epoch's validation passes (not in wallSeconds)
 */
public record CurvePoint(
        RunId runId,
        int epoch,
        double trainLoss,
        double validationLoss,
        double wallSeconds,
        long timestepsSeen,
        double gradientNorm,
        double windowedValidationLoss,
        long updates,
        long updatesSeen,
        double evaluationSeconds) {
    public CurvePoint {
        Objects.requireNonNull(runId, "runId");
    }
}
