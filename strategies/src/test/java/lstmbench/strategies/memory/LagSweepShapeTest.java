package lstmbench.strategies.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.split.SplitFractions;
import lstmbench.datasets.synthetic.SeasonalAr;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.kinds.SlidingWindow;
import lstmbench.strategies.kinds.StatefulTbptt;
import lstmbench.strategies.plan.Remainder;
import lstmbench.strategies.selection.ChosenRun;
import lstmbench.strategies.selection.LearningRateSearch;
import lstmbench.strategies.training.EpochListener;
import lstmbench.strategies.training.OptimizerChoice;
import lstmbench.strategies.training.TrainingConfig;
import lstmbench.strategies.training.ValidationSetup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lag sweep's shape on a tiny configuration, scored as the memory probe scores it: the learning-
 * rate search's chosen checkpoint (one rate, both modes selectable, windowed over the strategy's
 * trained window), LagR2.ofChosen (test R^2 in the mode chosen on validation) against the
 * generator's exact forecasters on the same test targets (LagR2.onTargets). Seasonal AR, phi = 0.9,
 * sigma = 1, 4000 points; H = 16, Adam at 0.01, 15 epochs (KnownBehaviourTest's calibration):
 *
 * <pre>
 * sliding-window W = 2 at L = 2 (the lag inside the window): uses it, R^2 near 1;
 * sliding-window W = 2 at L = 6 (3 W): cannot see it, R^2 near 0;
 * stateful-tbptt T = 32 at L = 6 (T &gt;= L): reads it through carried state, R^2 clearly above 0.
 * </pre>
 *
 * <p>Validation picks windowed for the sliding windows at L = 2 (asserted); at L = 6 neither of their
 * modes sees the lag, and stateful-tbptt's windowed evaluation runs over its chunk of 32, which
 * holds the lag, so either mode may be chosen there. Calibrated (as the better of the two modes,
 * before the mode was chosen on validation) over seeds 1..8 (about 0.8 s per run on 2 cores):
 * sliding at L = 2 0.976 .. 0.998, at L = 6 -0.055 .. -0.003; stateful at L = 6 0.558 .. 0.732. (With the population references
 * instead, sliding at L = 16 scattered from -0.57 to 0.35: why the probe uses onTargets.)
 */
class LagSweepShapeTest {
    static final int WINDOW = 2;

    /** The chosen checkpoint's test R^2; {@code expectedMode}, when not null, is the mode it must be chosen in. */
    static double r2(Strategy strategy, int lag, long seed, EvaluationMode expectedMode) {
        SeasonalAr process = new SeasonalAr(lag, 0.9, 1.0);
        ForecastData data = ForecastData.of(
                TimeSeries.of("seasonal-ar", process.generate(4000, seed), "test"), SplitFractions.DEFAULT);
        TrainingConfig config = new TrainingConfig(16, new OptimizerChoice.AdamChoice(), 0.01, 1.0, 15, seed);
        ChosenRun chosen = LearningRateSearch.run(
                        strategy,
                        data,
                        config,
                        List.of(0.01),
                        ValidationSetup.bothModes(strategy, WINDOW),
                        EpochListener.NONE)
                .chosen()
                .orElseThrow();
        if (expectedMode != null) {
            assertEquals(expectedMode, chosen.checkpoint().mode(), strategy.spec() + " at L = " + lag);
        }
        return LagR2.ofChosen(chosen, LagR2.onTargets(process, data, Part.TEST));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void slidingWindowUsesLagsInsideItsWindowOnlyWhileStatefulTbpttReachesPastIt(long seed) {
        Strategy sliding = new SlidingWindow(WINDOW, 16, Remainder.KEEP);
        double slidingInside = r2(sliding, 2, seed, EvaluationMode.WINDOWED);
        double slidingBeyond = r2(sliding, 6, seed, null);
        double stateful = r2(new StatefulTbptt(32, 4, Remainder.KEEP), 6, seed, null);
        assertTrue(slidingInside > 0.8, "sliding-window R^2 at L = W: " + slidingInside);
        assertTrue(Math.abs(slidingBeyond) < 0.15, "sliding-window R^2 at L = 3 W should be near 0: " + slidingBeyond);
        assertTrue(stateful > 0.4, "stateful-tbptt R^2 at L = 6 <= T should be clearly above 0: " + stateful);
        assertTrue(stateful > slidingBeyond + 0.35, "stateful " + stateful + " vs sliding " + slidingBeyond);
    }
}
