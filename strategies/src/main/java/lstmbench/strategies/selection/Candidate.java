/* One learning rate of the grid as the search saw it: how its run ended and its validation loss. */
package lstmbench.strategies.selection;

import lstmbench.strategies.training.RunStatus;

public record Candidate(double learningRate, RunStatus status, double finalValidationLoss) {
}
