package lstmbench.strategies.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import lstmbench.datasets.specstring.SpecParameters;
import lstmbench.strategies.ContiguousLayout;
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
 * chunked-reset: the pairs (x[p], x[p+1]) cut into non-overlapping chunks of length T in series
 * order, B consecutive chunks per batch, zero state for every batch, every step scored. Each
 * target point is scored exactly once per epoch (bar what Remainder.DROP trims).
 */
public record ChunkedReset(int chunk, int batchSize, Remainder remainder)
        implements Strategy, ContiguousLayout, TrainingSpan {
    public static final String NAME = "chunked-reset";

    public ChunkedReset {
        Units.requirePositive(NAME, "chunk", chunk);
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
                Units.chunkStarts(seriesLength, chunk, NAME),
                chunk,
                StepRange.all(chunk),
                batchSize,
                remainder,
                batches,
                trimmed);
        Units.addPartialChunk(seriesLength, chunk, remainder, batches, trimmed);
        Units.requireBatches(NAME, batches, seriesLength);
        return new EpochPlan(batches, new Trim(trimmed));
    }

    @Override
    public String parameterText() {
        return "chunk=" + chunk + "&batch=" + batchSize + "&remainder=" + SpecParameters.format(remainder);
    }

    @Override
    public int rows() {
        return batchSize;
    }

    @Override
    public int chunkLength() {
        return chunk;
    }

    /** T: the chunk. */
    @Override
    public int gradientSteps(int trainLength) {
        return chunk;
    }

    /** T: every batch reads chunks of T from zero state. */
    @Override
    public OptionalInt trainedWindow() {
        return OptionalInt.of(chunk);
    }

    /** No: every chunk starts from zero state. */
    @Override
    public boolean carriesState() {
        return false;
    }
}
