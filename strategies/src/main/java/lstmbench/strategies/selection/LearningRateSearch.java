package lstmbench.strategies.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lstmbench.strategies.Strategy;
import lstmbench.strategies.evaluation.Evaluator;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.training.EpochListener;
import lstmbench.strategies.training.Trainer;
import lstmbench.strategies.training.TrainingConfig;
import lstmbench.strategies.training.TrainingResult;

/**
 * Learning rate per strategy from a small grid, on validation only: every rate trains a full run
 * (same seed, so the rates differ in nothing else); the chosen one has the lowest streaming
 * validation loss after the last epoch among runs that completed (ties: the smaller rate). Only
 * the chosen run is evaluated on test. Diverged candidates are recorded with their outcome.
 */
public final class LearningRateSearch {
    private LearningRateSearch() {
    }

    /**
     * @param config everything but the learning rate, which each grid value replaces
     * @param window W of the windowed evaluation
     */
    public static SelectionResult run(Strategy strategy, ForecastData data, TrainingConfig config, List<Double> grid,
                                      int window, EpochListener listener) {
        if (grid.isEmpty()) {
            throw new IllegalArgumentException("the learning-rate grid is empty");
        }
        List<Candidate> candidates = new ArrayList<>();
        TrainingResult best = null;
        for (double lr : grid.stream().sorted().toList()) {
            TrainingResult r = Trainer.train(strategy, data, config.withLearningRate(lr), listener);
            candidates.add(new Candidate(lr, r));
            if (r.outcome().completed() && (best == null || r.finalValidationLoss() < best.finalValidationLoss())) {
                best = r;
            }
        }
        Optional<ChosenRun> chosen = Optional.empty();
        if (best != null) {
            chosen = Optional.of(new ChosenRun(best.config().learningRate(), best,
                    Evaluator.evaluate(best.params(), data, Part.VALIDATION, window),
                    Evaluator.evaluate(best.params(), data, Part.TEST, window)));
        }
        return new SelectionResult(strategy.spec(), candidates, chosen);
    }
}
