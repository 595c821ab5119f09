package lstmbench.strategies.selection;

import java.util.Optional;
import lstmbench.strategies.training.Checkpoint;
import lstmbench.strategies.training.TrainingOutcome;
import lstmbench.strategies.training.TrainingResult;

/**
 * One learning rate of the grid as the search saw it: its whole training run (curve, outcome,
 * weights) and, for a completed run, its best checkpoint: among the kept checkpoints of the
 * selectable modes the one with the lowest validation loss on every validation target (windowed
 * checkpoints rescored on the full part; ties: streaming).
 */
public record Candidate(double learningRate, TrainingResult training, Optional<Checkpoint> best) {

    public TrainingOutcome outcome() {
        return training.outcome();
    }

    public double finalValidationLoss() {
        return training.finalValidationLoss();
    }
}
