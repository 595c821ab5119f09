package lstmbench.strategies.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import lstmbench.datasets.specstring.SpecParameters;
import lstmbench.strategies.ContiguousLayout;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.TrainingSpan;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.CarriedChunks;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.Remainder;
import lstmbench.strategies.plan.StateSource;
import lstmbench.strategies.plan.StepRange;
import lstmbench.strategies.plan.StreamLayout;
import lstmbench.strategies.plan.Trim;
import lstmbench.strategies.plan.TrimmedRange;

/**
 * random-offset: stateful-tbptt whose chunk boundaries shift each epoch. The epoch draws
 * o uniformly from {0, ..., T - 1} (seeded per epoch); the first batch covers stream offsets
 * [0, o) and the chunks of T follow from o, state carried throughout and the gradient cut at each
 * boundary. Nothing is dropped for the shift (every target is scored once per epoch), but the
 * points where gradients are cut move, so no step is always at a chunk's start (the motivation of
 * randomised BPTT windows, e.g. Merity et al. 2018, AWD-LSTM).
 */
public record RandomOffset(int chunk, int streams, Remainder remainder)
        implements Strategy, ContiguousLayout, TrainingSpan {
    public static final String NAME = "random-offset";

    public RandomOffset {
        Units.requirePositive(NAME, "chunk", chunk);
        Units.requirePositive(NAME, "streams", streams);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The boundary shift o of an epoch, in [0, T). */
    public int offset(EpochSeed epoch) {
        return epoch.random().nextInt(chunk);
    }

    @Override
    public EpochPlan plan(int seriesLength, EpochSeed epoch) {
        StreamLayout layout = Streams.layout(NAME, seriesLength, 0, streams);
        List<BatchSpec> batches = new ArrayList<>();
        List<TrimmedRange> trimmed = new ArrayList<>(layout.tailTrim());
        int o = Math.min(offset(epoch), layout.streamLength());
        StateSource first = StateSource.ZERO;
        if (o > 0) {
            batches.add(layout.batch(0, o, StepRange.all(o), StateSource.ZERO));
            first = new StateSource.CarryFrom(o - 1);
        }
        CarriedChunks.add(layout, o, chunk, first, remainder, batches, trimmed);
        Units.requireBatches(NAME, batches, seriesLength);
        return new EpochPlan(batches, new Trim(trimmed));
    }

    @Override
    public String parameterText() {
        return "chunk=" + chunk + "&streams=" + streams + "&remainder=" + SpecParameters.format(remainder);
    }

    @Override
    public int rows() {
        return streams;
    }

    @Override
    public int chunkLength() {
        return chunk;
    }

    /** T: the chunk (the shifted first piece is shorter). */
    @Override
    public int gradientSteps(int trainLength) {
        return chunk;
    }

    /** T: the chunk. */
    @Override
    public OptionalInt trainedWindow() {
        return OptionalInt.of(chunk);
    }

    /** Yes: state is carried through each stream. */
    @Override
    public boolean carriesState() {
        return true;
    }
}
