package lstmbench.strategies.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.StrategyRegistry;
import lstmbench.strategies.TestData;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.Evaluator;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.selection.ChosenRun;
import lstmbench.strategies.selection.LearningRateSearch;
import org.junit.jupiter.api.Test;

/**
 * The best validation epoch is what a run keeps: on a short noisy sine whose streaming validation
 * loss falls to a minimum at epoch k and then rises, the kept checkpoint holds bitwise the weights
 * of the same run stopped after epoch k, the learning-rate search tests those weights, and patience
 * stops the run {@code patience} epochs after k with the same checkpoint.
 */
class BestEpochTest {
    static final ForecastData DATA = TestData.sine(300, 3);
    static final Strategy STRATEGY = StrategyRegistry.parse("chunked-reset?chunk=10&batch=4");
    static final TrainingConfig CONFIG = new TrainingConfig(16, new OptimizerChoice.AdamChoice(), 0.01, 1.0, 12, 1);
    static final ValidationSetup STREAMING = new ValidationSetup(10, EnumSet.of(EvaluationMode.STREAMING));

    @Test
    void aRunWhoseValidationRisesAfterEpochKKeepsEpochKsWeights() {
        TrainingResult full = Trainer.train(STRATEGY, DATA, CONFIG, STREAMING, EpochListener.NONE);
        int k = argmin(full.epochs());
        assertTrue(k > 0 && k < full.epochs().size() - 2, "the planted curve falls, then rises: best epoch " + k);
        assertTrue(full.finalValidationLoss() > full.epochs().get(k).validationLoss());
        Checkpoint best = full.best(EvaluationMode.STREAMING).orElseThrow();
        assertEquals(k, best.epoch());
        assertEquals(full.epochs().get(k).validationLoss(), best.validationLoss());

        TrainingResult stopped = Trainer.train(STRATEGY, DATA, CONFIG.withEpochs(k + 1), STREAMING, EpochListener.NONE);
        assertArrayEquals(stopped.params().flatten(), best.params().flatten(), "bitwise the weights after epoch k");
        assertFalse(
                java.util.Arrays.equals(full.params().flatten(), best.params().flatten()),
                "the final weights are not the kept ones");

        ChosenRun chosen = LearningRateSearch.run(
                        STRATEGY, DATA, CONFIG, List.of(CONFIG.learningRate()), STREAMING, EpochListener.NONE)
                .chosen()
                .orElseThrow();
        assertEquals(k, chosen.checkpoint().epoch());
        assertEquals(
                Evaluator.evaluate(stopped.params(), DATA, Part.TEST, 10),
                chosen.test(),
                "test is scored on epoch k's weights");
    }

    @Test
    void patienceStopsTheRunAndKeepsTheSameCheckpoint() {
        TrainingResult full = Trainer.train(STRATEGY, DATA, CONFIG, STREAMING, EpochListener.NONE);
        int k = argmin(full.epochs());
        TrainingResult patient = Trainer.train(STRATEGY, DATA, CONFIG.withPatience(3), STREAMING, EpochListener.NONE);
        assertTrue(patient.stoppedEarly());
        assertEquals(k + 4, patient.epochs().size(), "three epochs without a new best after epoch k");
        assertArrayEquals(
                full.best(EvaluationMode.STREAMING).orElseThrow().params().flatten(),
                patient.best(EvaluationMode.STREAMING).orElseThrow().params().flatten());
        assertFalse(full.stoppedEarly());
    }

    private static int argmin(List<EpochRecord> epochs) {
        int k = 0;
        for (int e = 1; e < epochs.size(); e++) {
            if (epochs.get(e).validationLoss() < epochs.get(k).validationLoss()) {
                k = e;
            }
        }
        return k;
    }
}
