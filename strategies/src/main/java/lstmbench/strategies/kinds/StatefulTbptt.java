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
import lstmbench.strategies.plan.StreamLayout;
import lstmbench.strategies.plan.Trim;
import lstmbench.strategies.plan.TrimmedRange;

/**
 * stateful-tbptt: the series laid out as B contiguous streams (StreamLayout), cut into chunks of
 * length T; row i of batch k + 1 continues row i of batch k and starts from the state row i
 * reached at the end of batch k, with the gradient cut at the boundary (truncated BPTT, as Keras
 * stateful=True or PyTorch's detach() between batches). State is zeroed at the start of each
 * epoch; every step is scored, so each target point is scored exactly once per epoch (bar trims).
 */
public record StatefulTbptt(int chunk, int streams, Remainder remainder)
        implements Strategy, ContiguousLayout, TrainingSpan {
    public static final String NAME = "stateful-tbptt";

    public StatefulTbptt {
        Units.requirePositive(NAME, "chunk", chunk);
        Units.requirePositive(NAME, "streams", streams);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EpochPlan plan(int seriesLength, EpochSeed epoch) {
        StreamLayout layout = Streams.layout(NAME, seriesLength, 0, streams);
        List<BatchSpec> batches = new ArrayList<>();
        List<TrimmedRange> trimmed = new ArrayList<>(layout.tailTrim());
        CarriedChunks.add(layout, 0, chunk, StateSource.ZERO, remainder, batches, trimmed);
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

    /** T: the chunk; state is carried further, gradient is not. */
    @Override
    public int gradientSteps(int trainLength) {
        return chunk;
    }

    /** T: the chunk. */
    @Override
    public OptionalInt trainedWindow() {
        return OptionalInt.of(chunk);
    }

    /** Yes: state is carried from chunk to chunk. */
    @Override
    public boolean carriesState() {
        return true;
    }
}
