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
 * @param validationLoss validation MSE, streaming evaluation, scaled series
 * @param wallSeconds    wall-clock seconds of training since the run started (cumulative)
 * @param timestepsSeen  timesteps processed since the run started (cumulative)
 * @param gradientNorm   mean gradient norm before clipping over the epoch
 */
public record CurvePoint(RunId runId, int epoch, double trainLoss, double validationLoss,
                         double wallSeconds, long timestepsSeen, double gradientNorm) {
    public CurvePoint {
        Objects.requireNonNull(runId, "runId");
    }
}
