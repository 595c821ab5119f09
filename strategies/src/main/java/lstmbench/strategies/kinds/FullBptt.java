package lstmbench.strategies.kinds;

import java.util.List;
import java.util.OptionalInt;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.StrategyException;
import lstmbench.strategies.TrainingSpan;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.StateSource;
import lstmbench.strategies.plan.StepRange;
import lstmbench.strategies.plan.Trim;

/**
 * full-bptt: the reference. The whole training series as one sequence, batch 1: inputs
 * x[0 .. n-2], targets x[1 .. n-1], every step scored, zero initial state, and the exact gradient
 * of the epoch's loss (one optimiser step per epoch). Expensive: the activation cache grows with n.
 */
public record FullBptt() implements Strategy, TrainingSpan {
    public static final String NAME = "full-bptt";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EpochPlan plan(int seriesLength, EpochSeed epoch) {
        int pairs = seriesLength - 1;
        if (pairs < 1) {
            throw new StrategyException("Strategy '" + NAME + "' needs at least 2 points, got " + seriesLength);
        }
        return new EpochPlan(
                List.of(new BatchSpec(new int[] {0}, pairs, StepRange.all(pairs), StateSource.ZERO)), Trim.none());
    }

    @Override
    public String parameterText() {
        return "";
    }

    /** The whole training part: one sequence of n - 1 steps. */
    @Override
    public int gradientSteps(int trainLength) {
        return Math.max(1, trainLength - 1);
    }

    /** None: the one sequence is the whole training part. */
    @Override
    public OptionalInt trainedWindow() {
        return OptionalInt.empty();
    }

    /** Yes: the one sequence reads the series from its start, as the streaming forecast does. */
    @Override
    public boolean carriesState() {
        return true;
    }
}
