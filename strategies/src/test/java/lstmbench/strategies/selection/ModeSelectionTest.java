package lstmbench.strategies.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.StrategyRegistry;
import lstmbench.strategies.TestData;
import lstmbench.strategies.TrainingSpan;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.Evaluator;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.evaluation.PartErrors;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.StateSource;
import lstmbench.strategies.training.EpochListener;
import lstmbench.strategies.training.OptimizerChoice;
import lstmbench.strategies.training.TrainingConfig;
import lstmbench.strategies.training.ValidationSetup;
import org.junit.jupiter.api.Test;

/**
 * The evaluation mode is part of model selection. Planted case: on a noisy sine a sliding-window
 * model (trained only from zero state on windows of 8) forecasts well windowed and badly streaming
 * (its state drifts when it is never reset), while a stateful-tbptt model is better streaming; the
 * search picks windowed for the first and streaming for the second, and a fixed mode overrides it.
 * The chosen loss is the windowed loss on every validation target, the same number the validation
 * evaluation reports. OWN maps a strategy to windowed exactly when its plans never carry state
 * (full BPTT, which reads the series from its start, counts as carrying it).
 */
class ModeSelectionTest {
    static final ForecastData SINE = TestData.sine(2000, 3);
    static final TrainingConfig CONFIG = new TrainingConfig(8, new OptimizerChoice.AdamChoice(), 0.01, 1.0, 8, 2);
    static final List<Double> GRID = List.of(0.003, 0.01);
    static final Strategy ZERO_STATE = StrategyRegistry.parse("sliding-window?window=8&batch=16");
    static final Strategy STATEFUL = StrategyRegistry.parse("stateful-tbptt?chunk=10&streams=4");

    @Test
    void aZeroStateModelGoodOnlyWindowedIsChosenWindowedAndStatefulTbpttStreaming() {
        ChosenRun zero = choose(ZERO_STATE, SelectionMode.VALIDATION);
        assertEquals(EvaluationMode.WINDOWED, zero.checkpoint().mode());
        assertEquals(8, validation(zero).window(), "windowed with the window it was trained on");
        assertTrue(
                validation(zero).streaming().mseScaled()
                        > 10 * validation(zero).windowed().mseScaled(),
                "planted: streaming is far worse for the zero-state model");
        assertEquals(
                validation(zero).windowed().mseScaled(),
                zero.checkpoint().validationLoss(),
                1e-9,
                "chosen on every validation target");

        ChosenRun stateful = choose(STATEFUL, SelectionMode.VALIDATION);
        assertEquals(EvaluationMode.STREAMING, stateful.checkpoint().mode());
        assertEquals(10, validation(stateful).window(), "windowed with T");
        assertEquals(
                validation(stateful).streaming().mseScaled(),
                stateful.checkpoint().validationLoss(),
                1e-9);
    }

    /** The chosen checkpoint evaluated on the validation part in both modes, with the run's window. */
    private static PartErrors validation(ChosenRun chosen) {
        return Evaluator.evaluate(
                chosen.checkpoint().params(),
                SINE,
                Part.VALIDATION,
                chosen.test().window());
    }

    @Test
    void aFixedModeIsTheOnlyOneChosen() {
        assertEquals(
                EvaluationMode.STREAMING,
                choose(ZERO_STATE, SelectionMode.STREAMING).checkpoint().mode());
        assertEquals(
                EvaluationMode.WINDOWED,
                choose(STATEFUL, SelectionMode.WINDOWED).checkpoint().mode());
        assertEquals(
                EvaluationMode.WINDOWED,
                choose(ZERO_STATE, SelectionMode.OWN).checkpoint().mode());
        assertEquals(
                EvaluationMode.STREAMING,
                choose(STATEFUL, SelectionMode.OWN).checkpoint().mode());
    }

    @Test
    void ownIsWindowedExactlyForStrategiesWhosePlansNeverCarryState() {
        for (String spec : List.of(
                "sliding-window?window=8",
                "chunked-reset?chunk=10",
                "shuffled?unit=windows&length=8",
                "shuffled?unit=chunks&length=8",
                "stateful-tbptt?chunk=10&streams=4",
                "random-offset?chunk=10&streams=4",
                "tbptt-overlap?k1=5&k2=10&streams=4",
                "stateful-burn-in?chunk=10&burn-in=5&scope=epoch&streams=4",
                "stateful-burn-in?chunk=10&burn-in=5&scope=batch&streams=4",
                "full-bptt")) {
            Strategy s = StrategyRegistry.parse(spec);
            boolean carries = s.plan(SINE.trainLength(), new EpochSeed(0, 1)).batches().stream()
                            .anyMatch(b -> b.state() instanceof StateSource.CarryFrom)
                    || s.name().equals("full-bptt");
            assertEquals(carries, ((TrainingSpan) s).carriesState(), spec);
            assertEquals(
                    Set.of(carries ? EvaluationMode.STREAMING : EvaluationMode.WINDOWED),
                    SelectionMode.OWN.modesFor(s),
                    spec);
            assertEquals(Set.of(EvaluationMode.values()), SelectionMode.VALIDATION.modesFor(s), spec);
        }
        assertEquals(48, ValidationSetup.windowOf(StrategyRegistry.parse("full-bptt"), 48), "full-bptt has no window");
        assertEquals(
                15,
                ValidationSetup.windowOf(
                        StrategyRegistry.parse("stateful-burn-in?chunk=10&burn-in=5&scope=batch&streams=4"), 48));
    }

    private static ChosenRun choose(Strategy s, SelectionMode mode) {
        ValidationSetup setup = new ValidationSetup(ValidationSetup.windowOf(s, 16), mode.modesFor(s));
        return LearningRateSearch.run(s, SINE, CONFIG, GRID, setup, EpochListener.NONE)
                .chosen()
                .orElseThrow();
    }
}
