package lstmbench.strategies.selection;

import lstmbench.strategies.evaluation.PartErrors;
import lstmbench.strategies.training.TrainingResult;

/**
 * The learning rate the search chose, its training run, and the evaluation on validation and
 * test (both streaming and windowed): the only place test metrics are computed.
 */
public record ChosenRun(double learningRate, TrainingResult training, PartErrors validation, PartErrors test) {
}
