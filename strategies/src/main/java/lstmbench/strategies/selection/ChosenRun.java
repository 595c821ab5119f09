package lstmbench.strategies.selection;

import lstmbench.strategies.evaluation.PartErrors;
import lstmbench.strategies.evaluation.PartForecasts;
import lstmbench.strategies.training.Checkpoint;
import lstmbench.strategies.training.TrainingResult;

/**
 * The configuration the search chose for a run group: its learning rate, training run and
 * checkpoint (epoch and evaluation mode), and the evaluation of that checkpoint on test in both
 * modes (windowed with the run's window): the only place test metrics are computed. (Its validation
 * loss in the chosen mode is the checkpoint's; nothing reads the other mode's, so it is not
 * computed again: on a long series each windowed pass over a part costs W forward steps per point.)
 * {@code testForecasts} are the forecasts {@code test} scores, kept so that the results files
 * write them without running the model over the test part a second time.
 */
public record ChosenRun(
        double learningRate,
        TrainingResult training,
        Checkpoint checkpoint,
        PartErrors test,
        PartForecasts testForecasts) {}
