package lstmbench.strategies.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.StrategyRegistry;
import lstmbench.strategies.TestData;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.selection.LearningRateSearch;
import lstmbench.strategies.selection.SelectionResult;
import org.junit.jupiter.api.Test;

/**
 * Nothing from validation or test reaches training, the scaler, or a learning-rate choice made on
 * test: every strategy's batches read only training points; replacing every test value changes
 * neither the scaler, nor the trained weights, nor the losses, nor the chosen learning rate, epoch
 * and evaluation mode;
 * replacing validation values changes the validation loss but not the trained weights.
 */
class NoLeakageTest {
    static final ForecastData DATA = TestData.sine(600, 4);
    static final ForecastData OTHER_TEST = TestData.withTail(DATA, DATA.testStart(), t -> 1000 + 50 * Math.cos(t));
    static final ForecastData OTHER_VALIDATION = TestData.withTail(
            DATA, DATA.validationStart(), t -> t < DATA.testStart() ? -40 + Math.sin(t) : DATA.original(t));
    static final TrainingConfig CONFIG = new TrainingConfig(5, new OptimizerChoice.AdamChoice(), 0.01, 1.0, 2, 3);
    static final List<String> SMALL = List.of(
            "sliding-window?window=10&batch=8",
            "chunked-reset?chunk=10&batch=4",
            "shuffled?length=10&batch=8",
            "stateful-tbptt?chunk=10&streams=4",
            "tbptt-overlap?k1=5&k2=10&streams=4",
            "stateful-burn-in?chunk=10&burn-in=5&streams=4",
            "stateful-burn-in?chunk=10&burn-in=5&scope=batch&streams=4",
            "random-offset?chunk=10&streams=4",
            "stateful-full-graph?chunk=10&streams=4&max-chunks=3",
            "full-bptt");

    @Test
    void everyStrategysBatchesReadOnlyTrainingPoints() {
        assertEquals(
                StrategyRegistry.names().size(),
                SMALL.stream()
                        .map(s -> StrategyRegistry.parse(s).name())
                        .distinct()
                        .count(),
                "every registered strategy is covered");
        for (String spec : SMALL) {
            Strategy s = StrategyRegistry.parse(spec);
            for (int e = 0; e < 3; e++) {
                s.plan(DATA.trainLength(), new EpochSeed(e, 1))
                        .batches()
                        .forEach(b -> assertEquals(
                                true,
                                b.endExclusive() <= DATA.trainLength(),
                                spec + " reads past the training part: " + b));
            }
        }
    }

    @Test
    void theScalerIsFittedOnTheTrainingPartOnly() {
        assertEquals(DATA.scaler(), OTHER_TEST.scaler());
        assertEquals(DATA.scaler(), OTHER_VALIDATION.scaler());
    }

    @Test
    void testValuesChangeNothingInTraining() {
        for (String spec : SMALL) {
            Strategy s = StrategyRegistry.parse(spec);
            TrainingResult a = Trainer.train(s, DATA, CONFIG), b = Trainer.train(s, OTHER_TEST, CONFIG);
            assertArrayEquals(a.params().flatten(), b.params().flatten(), spec);
            for (int e = 0; e < a.epochs().size(); e++) {
                assertEquals(a.epochs().get(e).trainLoss(), b.epochs().get(e).trainLoss(), spec);
                assertEquals(
                        a.epochs().get(e).validationLoss(), b.epochs().get(e).validationLoss(), spec);
            }
        }
    }

    @Test
    void validationValuesChangeTheValidationLossButNotTheWeights() {
        Strategy s = StrategyRegistry.parse("stateful-tbptt?chunk=10&streams=4");
        TrainingResult a = Trainer.train(s, DATA, CONFIG), b = Trainer.train(s, OTHER_VALIDATION, CONFIG);
        assertArrayEquals(a.params().flatten(), b.params().flatten());
        assertNotEquals(a.finalValidationLoss(), b.finalValidationLoss());
    }

    @Test
    void theChosenLearningRateEpochAndModeDoNotDependOnTestValues() {
        Strategy s = StrategyRegistry.parse("chunked-reset?chunk=10&batch=4");
        List<Double> grid = List.of(0.001, 0.01, 0.05);
        ValidationSetup validation = ValidationSetup.bothModes(s, 10);
        SelectionResult a = LearningRateSearch.run(s, DATA, CONFIG, grid, validation, EpochListener.NONE);
        SelectionResult b = LearningRateSearch.run(s, OTHER_TEST, CONFIG, grid, validation, EpochListener.NONE);
        for (int i = 0; i < grid.size(); i++) {
            assertEquals(
                    a.candidates().get(i).learningRate(), b.candidates().get(i).learningRate());
            assertEquals(a.candidates().get(i).outcome(), b.candidates().get(i).outcome());
            assertEquals(
                    a.candidates().get(i).finalValidationLoss(),
                    b.candidates().get(i).finalValidationLoss());
        }
        assertEquals(
                a.chosen().orElseThrow().learningRate(),
                b.chosen().orElseThrow().learningRate());
        assertEquals(
                a.chosen().orElseThrow().checkpoint().epoch(),
                b.chosen().orElseThrow().checkpoint().epoch());
        assertEquals(
                a.chosen().orElseThrow().checkpoint().mode(),
                b.chosen().orElseThrow().checkpoint().mode());
        assertEquals(
                a.chosen().orElseThrow().checkpoint().validationLoss(),
                b.chosen().orElseThrow().checkpoint().validationLoss());
        assertNotEquals(
                a.chosen().orElseThrow().test(),
                b.chosen().orElseThrow().test(),
                "the test metrics do see the test values");
    }
}
