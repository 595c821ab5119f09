package lstmbench.strategies.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.kernel.Optimizer;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.ValidationLoss;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;

/**
 * The one trainer: initialises the model from the run's seed, then for every epoch asks the
 * strategy for its plan (EpochSeed(epoch, seed)), runs it with PlanExecutor on the scaled training
 * part only, and measures the validation loss in both evaluation modes (ValidationLoss: streaming
 * on every validation target, windowed on the fixed subsample). Epochs run until the budget is
 * spent (the last one partial under an update, timestep or seconds budget) or, with patience N,
 * until N epochs in a row brought no new best validation loss in any selectable mode. The weights
 * of the best epoch of every selectable mode are copied on improvement (Checkpoint). A run that
 * diverges stops with TrainingOutcome.Diverged and returns what it has; it never throws for
 * divergence.
 */
public final class Trainer {
    private Trainer() {}

    public static TrainingResult train(Strategy strategy, ForecastData data, TrainingConfig config) {
        return train(strategy, data, config, EpochListener.NONE);
    }

    /** Both modes selectable; windowed with the strategy's trained window (else ValidationSetup.DEFAULT_WINDOW). */
    public static TrainingResult train(
            Strategy strategy, ForecastData data, TrainingConfig config, EpochListener listener) {
        return train(
                strategy, data, config, ValidationSetup.bothModes(strategy, ValidationSetup.DEFAULT_WINDOW), listener);
    }

    public static TrainingResult train(
            Strategy strategy,
            ForecastData data,
            TrainingConfig config,
            ValidationSetup setup,
            EpochListener listener) {
        ValidationSetup validation = setup.forData(data);
        ModelDims dims = config.dims();
        ModelParams params = Initializer.initialize(dims, config.seed());
        Optimizer optimizer = config.optimizer().create(dims, config.learningRate());
        float[] train = data.scaledTrain();
        PlanExecutor executor = new PlanExecutor(dims, train, data.filledTrain());
        ValidationLoss loss = new ValidationLoss(data, config.dims(), validation.window());
        EpochPlan first = strategy.plan(train.length, new EpochSeed(0, config.seed()));
        Budget budget = config.budget();

        List<EpochRecord> records = new ArrayList<>();
        Map<EvaluationMode, Checkpoint> best = new EnumMap<>(EvaluationMode.class);
        TrainingOutcome outcome = new TrainingOutcome.Completed();
        double elapsed = 0;
        long cumulative = 0, cumulativeUpdates = 0;
        int sinceImprovement = 0;
        boolean stoppedEarly = false;
        BatchCosts batchCosts = BatchCosts.NONE;
        for (int e = 0; !budget.spent(e, cumulativeUpdates, cumulative, elapsed); e++) {
            EpochPlan plan = e == 0 ? first : strategy.plan(train.length, new EpochSeed(e, config.seed()));
            long start = System.nanoTime();
            PlanExecutor.EpochOutcome o = executor.runEpoch(
                    plan,
                    params,
                    optimizer,
                    config.clipNorm(),
                    budget.allowance(cumulativeUpdates, cumulative, elapsed));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (o.divergence().isPresent()) {
                outcome = new TrainingOutcome.Diverged(
                        e, o.divergence().get().batch(), o.divergence().get().cause());
                break;
            }
            if (o.timesteps() == 0) {
                break; // the allowance admitted no batch: nothing left to spend
            }
            elapsed += seconds;
            if (o.complete()) {
                batchCosts = o.batchCosts();
            }
            cumulative += o.timesteps();
            cumulativeUpdates += o.optimizerSteps();
            long evaluationStart = System.nanoTime();
            double streaming = loss.streaming(params);
            double windowed = loss.windowedSubsample(params);
            double evaluationSeconds = (System.nanoTime() - evaluationStart) / 1e9;
            if (!Double.isFinite(streaming) || !Double.isFinite(windowed)) {
                outcome = new TrainingOutcome.Diverged(
                        e, plan.batches().size(), TrainingOutcome.DivergenceCause.VALIDATION_LOSS);
                break;
            }
            EpochRecord r = new EpochRecord(
                    e,
                    o.trainLoss(),
                    streaming,
                    windowed,
                    seconds,
                    elapsed,
                    evaluationSeconds,
                    o.timesteps(),
                    cumulative,
                    o.optimizerSteps(),
                    cumulativeUpdates,
                    o.meanGradientNorm(),
                    o.maxGradientNorm(),
                    o.complete());
            records.add(r);
            boolean improved = false;
            for (EvaluationMode mode : validation.modes()) {
                double value = r.validationLoss(mode);
                Checkpoint kept = best.get(mode);
                if (kept == null || value < kept.validationLoss()) {
                    best.put(mode, new Checkpoint(e, mode, value, params.copy()));
                    improved = true;
                }
            }
            sinceImprovement = improved ? 0 : sinceImprovement + 1;
            listener.epochFinished(r);
            if (config.patience() > 0 && sinceImprovement >= config.patience()) {
                stoppedEarly = true;
                break;
            }
        }
        PlanSummary summary = new PlanSummary(
                first.batches().size(),
                first.timesteps(),
                first.lossSteps(),
                first.materializedBytes(),
                executor.largestWorkspaceBytes(),
                first.trim());
        return new TrainingResult(
                strategy.spec(),
                config,
                outcome,
                records,
                params,
                best,
                validation.window(),
                stoppedEarly,
                summary,
                batchCosts);
    }
}
