package lstmbench.strategies.selection;

import lstmbench.strategies.evaluation.PartErrors;
import lstmbench.strategies.training.Checkpoint;
import lstmbench.strategies.training.TrainingResult;

/**
 * The configuration the search chose for a run group: its learning rate, training run and
 * checkpoint (epoch and evaluation mode), and the evaluation of that checkpoint on validation and
 * test in both modes (windowed with the run's window): the only place test metrics are computed.
 */
public record ChosenRun(
        double learningRate, TrainingResult training, Checkpoint checkpoint, PartErrors validation, PartErrors test) {}
