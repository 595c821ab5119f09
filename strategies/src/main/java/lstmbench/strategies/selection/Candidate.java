package lstmbench.strategies.selection;

import lstmbench.strategies.training.TrainingOutcome;
import lstmbench.strategies.training.TrainingResult;

/**
 * One learning rate of the grid as the search saw it: its whole training run (curve, outcome,
 * weights), from which its outcome and final validation loss are read.
 */
public record Candidate(double learningRate, TrainingResult training) {

    public TrainingOutcome outcome() {
        return training.outcome();
    }

    public double finalValidationLoss() {
        return training.finalValidationLoss();
    }
}
