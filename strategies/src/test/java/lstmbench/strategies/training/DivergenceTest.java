package lstmbench.strategies.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.TestData;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.kinds.ChunkedReset;
import lstmbench.strategies.plan.Remainder;
import lstmbench.strategies.selection.LearningRateSearch;
import lstmbench.strategies.selection.SelectionResult;
import org.junit.jupiter.api.Test;

/**
 * A run whose loss, gradient or weights become non-finite ends with TrainingOutcome.Diverged naming
 * the epoch, batch and cause, returns the epochs it finished, and throws nothing; the learning-rate
 * search records it and chooses among the runs that completed.
 */
class DivergenceTest {
    static final ForecastData DATA = TestData.sine(500, 6);
    static final Strategy STRATEGY = new ChunkedReset(10, 4, Remainder.KEEP);
    /** Plain SGD without clipping at an absurd rate: the weights overflow within a few updates. */
    static final TrainingConfig EXPLODING =
            new TrainingConfig(5, new OptimizerChoice.SgdChoice(0.9), 1e30, Double.POSITIVE_INFINITY, 3, 1);

    @Test
    void aDivergingRunStopsWithItsStatusInsteadOfThrowing() {
        TrainingResult r = Trainer.train(STRATEGY, DATA, EXPLODING);
        TrainingOutcome.Diverged d = assertInstanceOf(TrainingOutcome.Diverged.class, r.outcome());
        assertEquals(0, d.epoch());
        assertTrue(d.batch() >= 0
                && d.batch()
                        < STRATEGY.plan(DATA.trainLength(), new lstmbench.strategies.plan.EpochSeed(0, 1))
                                .batches()
                                .size());
        assertEquals(d.epoch(), r.epochs().size(), "the epochs before the divergence are kept");
        assertEquals(Double.POSITIVE_INFINITY, r.finalValidationLoss());
    }

    @Test
    void theSearchRecordsDivergedCandidatesAndChoosesACompletedOne() {
        TrainingConfig base = EXPLODING.withEpochs(2);
        ValidationSetup validation = ValidationSetup.bothModes(STRATEGY, 5);
        SelectionResult s =
                LearningRateSearch.run(STRATEGY, DATA, base, List.of(1e30, 0.01), validation, EpochListener.NONE);
        assertEquals(2, s.candidates().size());
        assertInstanceOf(TrainingOutcome.Diverged.class, s.candidates().get(1).outcome());
        assertTrue(s.candidates().get(0).outcome().completed());
        assertEquals(0.01, s.chosen().orElseThrow().learningRate());
        SelectionResult none =
                LearningRateSearch.run(STRATEGY, DATA, base, List.of(1e30), validation, EpochListener.NONE);
        assertTrue(none.chosen().isEmpty(), "nothing to choose when every candidate diverged");
    }
}
