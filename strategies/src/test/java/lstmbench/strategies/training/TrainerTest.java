package lstmbench.strategies.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.TestData;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.kinds.RandomOffset;
import lstmbench.strategies.kinds.Shuffled;
import lstmbench.strategies.kinds.StatefulBurnIn;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.Remainder;
import org.junit.jupiter.api.Test;

/**
 * What the trainer measures per epoch and its determinism: timesteps equal the plan's, cumulative
 * columns add up, updates equal the scored batches, gradient norms before clipping are recorded
 * (and exceed a small clipping threshold, showing they are taken before it), training lowers the
 * loss on an easy series, and the same seed gives bitwise the same run while another seed does not.
 */
class TrainerTest {
    static final ForecastData DATA = TestData.sine(800, 2);
    static final TrainingConfig CONFIG = new TrainingConfig(8, new OptimizerChoice.AdamChoice(), 0.01, 0.05, 6, 5);

    @Test
    void recordsTimestepsUpdatesAndGradientNormsPerEpoch() {
        Strategy s = new StatefulBurnIn(12, 5, StatefulBurnIn.Scope.EPOCH, 4, Remainder.KEEP);
        List<EpochRecord> heard = new ArrayList<>();
        TrainingResult r = Trainer.train(s, DATA, CONFIG, heard::add);
        assertEquals(r.epochs(), heard, "the listener hears every finished epoch");
        EpochPlan plan = s.plan(DATA.trainLength(), new EpochSeed(0, CONFIG.seed()));
        long cumulative = 0;
        double elapsed = 0;
        for (EpochRecord e : r.epochs()) {
            assertEquals(plan.timesteps(), e.timesteps(), "burn-in steps are processed timesteps too");
            cumulative += e.timesteps();
            elapsed += e.epochSeconds();
            assertEquals(cumulative, e.cumulativeTimesteps());
            assertEquals(elapsed, e.elapsedSeconds(), 1e-9);
            assertEquals(plan.batches().size() - 1, e.optimizerSteps(), "the burn-in batch makes no update");
            assertTrue(e.maxGradientNorm() > CONFIG.clipNorm(), "norms are measured before clipping");
            assertTrue(e.meanGradientNorm() <= e.maxGradientNorm());
            assertTrue(e.epochSeconds() > 0);
        }
        assertEquals(plan.timesteps(), r.plan().timestepsPerEpoch());
        assertEquals(plan.materializedBytes(), r.plan().materialized());
        assertTrue(r.plan().largestWorkspaceBytes() > 0);
    }

    @Test
    void trainingLowersTheLossOnAnEasySeries() {
        TrainingResult r = Trainer.train(
                new Shuffled(Shuffled.Unit.CHUNKS, 16, 4, Shuffled.Order.SHUFFLED, Remainder.KEEP),
                DATA,
                CONFIG.withLearningRate(0.02).withEpochs(8));
        List<EpochRecord> e = r.epochs();
        assertTrue(e.get(e.size() - 1).trainLoss() < 0.5 * e.get(0).trainLoss(), e.toString());
        assertTrue(e.get(e.size() - 1).validationLoss() < 0.5 * e.get(0).validationLoss(), e.toString());
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnotherOne() {
        for (Strategy s : List.of(
                new RandomOffset(10, 4, Remainder.KEEP),
                new Shuffled(Shuffled.Unit.WINDOWS, 10, 8, Shuffled.Order.SHUFFLED, Remainder.KEEP))) {
            TrainingResult a = Trainer.train(s, DATA, CONFIG.withEpochs(2));
            TrainingResult b = Trainer.train(s, DATA, CONFIG.withEpochs(2));
            TrainingResult c = Trainer.train(s, DATA, CONFIG.withEpochs(2).withSeed(6));
            assertArrayEquals(a.params().flatten(), b.params().flatten(), s.spec());
            assertEquals(a.finalValidationLoss(), b.finalValidationLoss());
            assertFalse(Arrays.equals(a.params().flatten(), c.params().flatten()), s.spec());
        }
    }

    @Test
    void shuffledOrdersDifferBetweenEpochs() {
        Strategy s = new Shuffled(Shuffled.Unit.CHUNKS, 10, 4, Shuffled.Order.SHUFFLED, Remainder.KEEP);
        assertFalse(s.plan(500, new EpochSeed(0, 1)).equals(s.plan(500, new EpochSeed(1, 1))));
        assertEquals(s.plan(500, new EpochSeed(1, 1)), s.plan(500, new EpochSeed(1, 1)));
    }
}
