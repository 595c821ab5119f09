package lstmbench.strategies.selection;

import lstmbench.strategies.evaluation.PartErrors;
import lstmbench.strategies.evaluation.PartForecasts;
import lstmbench.strategies.training.Checkpoint;
import lstmbench.strategies.training.TrainingResult;

/**
 * The configuration the search chose for a run group: its learning rate, training run and
 * checkpoint (epoch and evaluation mode), and the evaluation of that checkpoint on validation and
 * test in both modes (windowed with the run's window): the only place test metrics are computed.
 * {@code testForecasts} are the forecasts {@code test} scores, kept so that the results files
 * write them without running the model over the test part a second time.
 */
public record ChosenRun(
        double learningRate,
        TrainingResult training,
        Checkpoint checkpoint,
        PartErrors validation,
        PartErrors test,
        PartForecasts testForecasts) {}
