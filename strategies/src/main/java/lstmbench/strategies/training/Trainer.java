package lstmbench.strategies.training;

import java.util.ArrayList;
import java.util.List;

import lstmbench.kernel.Initializer;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.kernel.Optimizer;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.evaluation.Evaluator;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.StreamingForecast;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;

/**
 * The one trainer: initialises the model from the run's seed, then for every epoch asks the
 * strategy for its plan (EpochSeed(epoch, seed)), runs it with PlanExecutor on the scaled
 * training part only, and measures the streaming validation loss. A run that diverges stops with
 * TrainingOutcome.Diverged and returns what it has; it never throws for divergence.
 */
public final class Trainer {
    private Trainer() {
    }

    public static TrainingResult train(Strategy strategy, ForecastData data, TrainingConfig config) {
        return train(strategy, data, config, EpochListener.NONE);
    }

    public static TrainingResult train(Strategy strategy, ForecastData data, TrainingConfig config,
                                       EpochListener listener) {
        ModelDims dims = config.dims();
        ModelParams params = Initializer.initialize(dims, config.seed());
        Optimizer optimizer = config.optimizer().create(dims, config.learningRate());
        float[] train = data.scaledTrain();
        PlanExecutor executor = new PlanExecutor(dims, train);
        StreamingForecast streaming = new StreamingForecast(dims);
        EpochPlan first = strategy.plan(train.length, new EpochSeed(0, config.seed()));

        List<EpochRecord> records = new ArrayList<>();
        TrainingOutcome outcome = new TrainingOutcome.Completed();
        double elapsed = 0;
        long cumulative = 0;
        for (int e = 0; e < config.epochs(); e++) {
            EpochPlan plan = e == 0 ? first : strategy.plan(train.length, new EpochSeed(e, config.seed()));
            long start = System.nanoTime();
            PlanExecutor.EpochOutcome o = executor.runEpoch(plan, params, optimizer, config.clipNorm());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (o.divergence().isPresent()) {
                outcome = new TrainingOutcome.Diverged(e, o.divergence().get().batch(), o.divergence().get().cause());
                break;
            }
            elapsed += seconds;
            cumulative += o.timesteps();
            double validation = Evaluator.streamingValidationMse(params, data, streaming);
            if (!Double.isFinite(validation)) {
                outcome = new TrainingOutcome.Diverged(e, plan.batches().size(), TrainingOutcome.DivergenceCause.VALIDATION_LOSS);
                break;
            }
            EpochRecord r = new EpochRecord(e, o.trainLoss(), validation, seconds, elapsed, o.timesteps(), cumulative,
                    o.optimizerSteps(), o.meanGradientNorm(), o.maxGradientNorm());
            records.add(r);
            listener.epochFinished(r);
        }
        PlanSummary summary = new PlanSummary(first.batches().size(), first.timesteps(), first.lossSteps(),
                first.materializedBytes(), executor.largestWorkspaceBytes(), first.trim());
        return new TrainingResult(strategy.spec(), config, outcome, records, params, summary);
    }
}
