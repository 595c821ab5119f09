package lstmbench.strategies.training;

import java.util.Objects;
import lstmbench.kernel.ModelParams;
import lstmbench.strategies.evaluation.EvaluationMode;

/**
 * A copy of a run's weights after one epoch, kept because its validation loss in {@code mode} was
 * the lowest so far (copied on improvement, held in memory). {@code epoch} is 0-based like
 * EpochRecord's; {@code validationLoss} is the loss it was chosen on: streaming on every validation
 * target, windowed on the per-epoch subsample (the learning-rate search rescores windowed
 * checkpoints on every target).
 */
public record Checkpoint(int epoch, EvaluationMode mode, double validationLoss, ModelParams params) {

    public Checkpoint {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(params, "params");
    }

    /** The same weights and epoch with the loss rescored (e.g. windowed on every validation target). */
    public Checkpoint withValidationLoss(double loss) {
        return new Checkpoint(epoch, mode, loss, params);
    }
}
