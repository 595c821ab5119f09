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
 * shuffled: the common tutorial setup. Sliding windows (scored on the step after the window) or
 * non-overlapping chunks (every step scored), zero state, in a fresh random order each epoch
 * (Fisher-Yates with the epoch's seeded generator). With order=series the units stay in series
 * order, which makes the chunk variant exactly chunked-reset and the window variant exactly
 * sliding-window. A partial last chunk is its own batch (keep) or trimmed (drop).
 */
public record Shuffled(Unit unit, int length, int batchSize, Order order, Remainder remainder)
        implements Strategy, TrainingSpan {
    public static final String NAME = "shuffled";

    /** What is shuffled: sliding windows of length W or chunks of length T. */
    public enum Unit {
        WINDOWS,
        CHUNKS
    }

    /** Whether the units are shuffled each epoch or kept in series order. */
    public enum Order {
        SHUFFLED,
        SERIES
    }

    public Shuffled {
        Units.requirePositive(NAME, "length", length);
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
        int[] starts = unit == Unit.WINDOWS
                ? Units.windowStarts(seriesLength, length, NAME)
                : Units.chunkStarts(seriesLength, length, NAME);
        if (order == Order.SHUFFLED) {
            ZeroStateBatches.shuffle(starts, epoch.random());
        }
        StepRange loss = unit == Unit.WINDOWS ? StepRange.last(1, length) : StepRange.all(length);
        ZeroStateBatches.add(starts, length, loss, batchSize, remainder, batches, trimmed);
        if (unit == Unit.CHUNKS) {
            Units.addPartialChunk(seriesLength, length, remainder, batches, trimmed);
        }
        Units.requireBatches(NAME, batches, seriesLength);
        return new EpochPlan(batches, new Trim(trimmed));
    }

    @Override
    public String parameterText() {
        return "unit=" + SpecParameters.format(unit) + "&length=" + length + "&batch=" + batchSize + "&order="
                + SpecParameters.format(order) + "&remainder=" + SpecParameters.format(remainder);
    }

    /** W or T: the window or chunk. */
    @Override
    public int gradientSteps(int trainLength) {
        return length;
    }

    /** W or T: the window or chunk. */
    @Override
    public OptionalInt trainedWindow() {
        return OptionalInt.of(length);
    }

    /** No: every window or chunk starts from zero state. */
    @Override
    public boolean carriesState() {
        return false;
    }
}
