package lstmbench.report.results;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a run was trained and its checkpoint chosen under the comparison protocol, and what it spent.
 *
 * <p>The protocol side of one run.
 *
 * @param budget            the training budget every strategy got, {@code epochs=N}, {@code updates=N},
 *                          {@code timesteps=N} or {@code seconds=S}
 * @param selection         which evaluation modes a checkpoint could be chosen in
 * @param window            W of the run's windowed validation and test: the strategy's trained
 *                          window (W, T), else the experiment's evaluation window
 * @param chosenEpoch       1-based epoch of the run's best checkpoint (the one selection compared for
 *                          this learning rate); empty when the run did not complete
 * @param selectedMode      evaluation mode of that checkpoint; empty when the run did not complete
 * @param optimizerUpdates  optimiser updates over the finished epochs
 * @param timesteps         forward timesteps over the finished epochs (B x T summed over batches)
 * @param trainingSeconds   wall-clock seconds of training (batches, backward, optimiser)
 * @param evaluationSeconds wall-clock seconds of the per-epoch validation passes
 */
public record RunProtocol(
        String budget,
        SelectionMode selection,
        int window,
        OptionalInt chosenEpoch,
        Optional<EvaluationMode> selectedMode,
        long optimizerUpdates,
        long timesteps,
        double trainingSeconds,
        double evaluationSeconds) {
    public RunProtocol {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(chosenEpoch, "chosenEpoch");
        Objects.requireNonNull(selectedMode, "selectedMode");
        if (chosenEpoch.isPresent() != selectedMode.isPresent()) {
            throw new IllegalArgumentException("chosen epoch and selected mode are both present or both absent, got "
                    + chosenEpoch + " and " + selectedMode);
        }
    }
}
