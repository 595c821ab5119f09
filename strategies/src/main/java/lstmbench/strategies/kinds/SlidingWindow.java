package lstmbench.strategies.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import lstmbench.datasets.specstring.SpecParameters;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.TrainingSpan;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.Remainder;
import lstmbench.strategies.plan.StepRange;
import lstmbench.strategies.plan.Trim;
import lstmbench.strategies.plan.TrimmedRange;
import lstmbench.strategies.plan.ZeroStateBatches;

/**
 * sliding-window: overlapping windows of length W, stride 1, in series order; every window starts
 * from zero state and is scored only on the step after it (many-to-one: input x[s .. s+W-1],
 * target x[s + W]). Windows are not materialised: a plan holds their start indices and the
 * trainer fills each batch from the series. Coverage per epoch (nothing dropped): point p is an
 * input to the windows s in [max(0, p - W + 1), min(p, n - W - 1)], i.e. up to W times; points
 * W .. n-1 are each scored exactly once and points 0 .. W-1 never.
 */
public record SlidingWindow(int window, int batchSize, Remainder remainder) implements Strategy, TrainingSpan {
    public static final String NAME = "sliding-window";

    public SlidingWindow {
        Units.requirePositive(NAME, "window", window);
        Units.requirePositive(NAME, "batch", batchSize);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EpochPlan plan(int seriesLength, EpochSeed epoch) {
        List<BatchSpec> batches = new ArrayList<>();
        List<TrimmedRange> trimmed = new ArrayList<>();
        ZeroStateBatches.add(
                Units.windowStarts(seriesLength, window, NAME),
                window,
                StepRange.last(1, window),
                batchSize,
                remainder,
                batches,
                trimmed);
        Units.requireBatches(NAME, batches, seriesLength);
        return new EpochPlan(batches, new Trim(trimmed));
    }

    @Override
    public String parameterText() {
        return "window=" + window + "&batch=" + batchSize + "&remainder=" + SpecParameters.format(remainder);
    }

    /** W: the window. */
    @Override
    public int gradientSteps(int trainLength) {
        return window;
    }

    /** W: the window. */
    @Override
    public OptionalInt trainedWindow() {
        return OptionalInt.of(window);
    }

    /** No: every window starts from zero state. */
    @Override
    public boolean carriesState() {
        return false;
    }
}
