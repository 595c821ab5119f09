package lstmbench.strategies.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.Evaluator;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.evaluation.PartForecasts;
import lstmbench.strategies.evaluation.ValidationLoss;
import lstmbench.strategies.training.Checkpoint;
import lstmbench.strategies.training.EpochListener;
import lstmbench.strategies.training.Trainer;
import lstmbench.strategies.training.TrainingConfig;
import lstmbench.strategies.training.TrainingResult;
import lstmbench.strategies.training.ValidationSetup;

/**
 * The model selection of a run group, on validation only. Every learning rate of the grid trains a
 * full run (same seed, so the rates differ in nothing else), keeping the best epoch of every
 * selectable mode (Trainer, ValidationSetup). Each completed run's candidates are those
 * checkpoints scored on every validation target (the windowed one rescored: during training it was
 * chosen on the subsample); the chosen configuration is the (learning rate, epoch, mode) with the
 * lowest such loss (ties: the smaller rate, then streaming). Diverged runs are recorded with their
 * status and never chosen. Only the chosen checkpoint is evaluated on test, in both modes.
 */
public final class LearningRateSearch {
    private LearningRateSearch() {}

    /**
     * @param config     everything but the learning rate, which each grid value replaces
     * @param validation the window of the windowed validation and test, and the selectable modes
     */
    public static SelectionResult run(
            Strategy strategy,
            ForecastData data,
            TrainingConfig config,
            List<Double> grid,
            ValidationSetup setup,
            EpochListener listener) {
        ValidationSetup validation = setup.forData(data);
        if (grid.isEmpty()) {
            throw new IllegalArgumentException("the learning-rate grid is empty");
        }
        ValidationLoss full = new ValidationLoss(data, config.dims(), validation.window());
        List<Candidate> candidates = new ArrayList<>();
        Candidate chosen = null;
        for (double lr : grid.stream().sorted().toList()) {
            TrainingResult r = Trainer.train(strategy, data, config.withLearningRate(lr), validation, listener);
            Optional<Checkpoint> best = r.outcome().completed() ? best(r, full) : Optional.empty();
            Candidate c = new Candidate(lr, r, best);
            candidates.add(c);
            if (best.isPresent()
                    && (chosen == null
                            || best.get().validationLoss()
                                    < chosen.best().orElseThrow().validationLoss())) {
                chosen = c;
            }
        }
        Optional<ChosenRun> result = Optional.empty();
        if (chosen != null) {
            Checkpoint checkpoint = chosen.best().orElseThrow();
            PartForecasts test = Evaluator.forecasts(checkpoint.params(), data, Part.TEST, validation.window());
            result = Optional.of(new ChosenRun(
                    chosen.learningRate(), chosen.training(), checkpoint, Evaluator.score(test, data), test));
        }
        return new SelectionResult(strategy.spec(), candidates, result);
    }

    /** The run's kept checkpoint with the lowest loss on every validation target (ties: streaming). */
    static Optional<Checkpoint> best(TrainingResult run, ValidationLoss full) {
        Checkpoint best = null;
        for (EvaluationMode mode : EvaluationMode.values()) {
            Optional<Checkpoint> kept = run.best(mode);
            if (kept.isEmpty()) {
                continue;
            }
            Checkpoint c = mode == EvaluationMode.STREAMING
                    ? kept.get()
                    : kept.get().withValidationLoss(full.windowed(kept.get().params()));
            if (best == null || c.validationLoss() < best.validationLoss()) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }
}
