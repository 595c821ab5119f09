package lstmbench.strategies.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.StrategyRegistry;
import lstmbench.strategies.TestData;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.EpochSeed;
import org.junit.jupiter.api.Test;

/**
 * Budgets other than epochs: under {@code updates: N} every strategy makes exactly N optimiser
 * updates (whole epochs, then a partial last one), under {@code timesteps: N} it runs at least N
 * timesteps and less than one batch more, and under {@code seconds: S} it stops within one batch
 * after S seconds of training. The recorded per-epoch and cumulative updates add up.
 */
class BudgetTest {
    static final ForecastData DATA = TestData.sine(600, 4);
    static final TrainingConfig CONFIG = new TrainingConfig(6, new OptimizerChoice.AdamChoice(), 0.01, 1.0, 1, 3);
    static final List<String> SPECS = List.of(
            "sliding-window?window=8&batch=16",
            "chunked-reset?chunk=20&batch=4",
            "shuffled?unit=windows&length=8&batch=16",
            "stateful-tbptt?chunk=20&streams=4",
            "full-bptt",
            "stateful-burn-in?chunk=20&burn-in=5&scope=epoch&streams=4");

    @Test
    void underAnUpdateBudgetEveryStrategyMakesExactlyNUpdates() {
        long n = 37;
        for (String spec : SPECS) {
            TrainingResult r =
                    Trainer.train(StrategyRegistry.parse(spec), DATA, CONFIG.withBudget(new Budget.Updates(n)));
            assertEquals(n, r.optimizerUpdates(), spec);
            long sum = 0;
            for (EpochRecord e : r.epochs()) {
                sum += e.optimizerSteps();
                assertEquals(sum, e.cumulativeOptimizerSteps(), spec);
            }
            for (EpochRecord e : r.epochs().subList(0, r.epochs().size() - 1)) {
                assertTrue(e.complete(), spec + ": every epoch but the last is whole");
            }
        }
        TrainingResult partial = Trainer.train(
                StrategyRegistry.parse("stateful-tbptt?chunk=20&streams=4"),
                DATA,
                CONFIG.withBudget(new Budget.Updates(n)));
        assertFalse(
                partial.epochs().get(partial.epochs().size() - 1).complete(),
                "37 is not a multiple of the epoch's updates, so the last epoch is partial");
    }

    @Test
    void underATimestepBudgetEveryStrategyRunsWithinOneBatchOfN() {
        long n = 5_000;
        for (String spec : SPECS) {
            Strategy s = StrategyRegistry.parse(spec);
            TrainingResult r = Trainer.train(s, DATA, CONFIG.withBudget(new Budget.Timesteps(n)));
            long largestBatch = s.plan(DATA.trainLength(), new EpochSeed(0, 3)).batches().stream()
                    .mapToLong(BatchSpec::timesteps)
                    .max()
                    .orElseThrow();
            assertTrue(r.timesteps() >= n && r.timesteps() < n + largestBatch, spec + ": " + r.timesteps());
        }
    }

    @Test
    void underASecondsBudgetTrainingStopsOnceTheTimeIsSpent() {
        TrainingResult r = Trainer.train(
                StrategyRegistry.parse("sliding-window?window=8&batch=16"),
                DATA,
                CONFIG.withBudget(new Budget.Seconds(0.2)));
        assertTrue(r.trainingSeconds() >= 0.2, "trained " + r.trainingSeconds() + " s");
        assertTrue(r.epochs().size() >= 1);
        assertTrue(r.evaluationSeconds() > 0, "validation time is measured apart");
    }

    @Test
    void budgetsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Budget.Updates(0));
        assertThrows(IllegalArgumentException.class, () -> new Budget.Timesteps(-1));
        assertThrows(IllegalArgumentException.class, () -> new Budget.Seconds(Double.NaN));
        assertEquals("updates=5", new Budget.Updates(5).text());
    }
}
