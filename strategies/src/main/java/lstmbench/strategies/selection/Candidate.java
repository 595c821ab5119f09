package lstmbench.strategies.selection;

import lstmbench.strategies.training.RunStatus;
import lstmbench.strategies.training.TrainingResult;

/**
 * One learning rate of the grid as the search saw it: its whole training run (curve, status,
 * weights), from which its status and final validation loss are read.
 */
public record Candidate(double learningRate, TrainingResult training) {

    public RunStatus status() {
        return training.status();
    }

    public double finalValidationLoss() {
        return training.finalValidationLoss();
    }
}
