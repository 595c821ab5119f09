package lstmbench.strategies.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import lstmbench.datasets.specstring.SpecParameters;
import lstmbench.strategies.ContiguousLayout;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.StrategyException;
import lstmbench.strategies.TrainingSpan;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.Remainder;
import lstmbench.strategies.plan.StateSource;
import lstmbench.strategies.plan.StepRange;
import lstmbench.strategies.plan.StreamLayout;
import lstmbench.strategies.plan.Trim;
import lstmbench.strategies.plan.TrimmedRange;

/**
 * stateful-full-graph: what carrying the state <em>with</em> its gradient between batches means
 * (PyTorch's retain_graph=True between the batches of one stream, done correctly). The stream
 * layout and chunks of T of stateful-tbptt, but batch k back-propagates the loss of chunk k
 * through every earlier chunk of the epoch as well: its rows read chunks w .. k of their streams,
 * w = max(0, k + 1 - M) with M = max-chunks, in one forward pass with the current weights, and only
 * chunk k's steps count in the loss.
 *
 * <pre>
 * batch k:  rows start at chunk w of every stream, length = T (k - w) + T_k
 *           loss on the last T_k steps (chunk k; T_k = T except for a shorter last chunk)
 *           state at its start: zeros when w = 0 (the epoch's start), else the state after chunk
 *           w - 1 as the previous batch computed it, carried as a value (gradient cut there)
 * </pre>
 *
 * <p>With M at least the chunks per stream every batch runs from the epoch's start: the loss of
 * chunk k reaches every earlier step through the gradient, and batch k costs k + 1 chunks of
 * forward and backward, so an epoch of K chunks costs K (K + 1) / 2 of them instead of
 * stateful-tbptt's K. M caps the graph at M chunks (M = 1 is stateful-tbptt exactly). Every target
 * is still scored once per epoch. An epoch whose forward steps would exceed {@link #WORK_BOUND}
 * times the steps it scores (the cost of that many stateful-tbptt epochs) is refused: lower M.
 */
public record StatefulFullGraph(int chunk, int streams, int maxChunks, Remainder remainder)
        implements Strategy, ContiguousLayout, TrainingSpan {
    public static final String NAME = "stateful-full-graph";
    /** The most forward steps an epoch may run per scored step. */
    public static final int WORK_BOUND = 64;

    public StatefulFullGraph {
        Units.requirePositive(NAME, "chunk", chunk);
        Units.requirePositive(NAME, "streams", streams);
        Units.requirePositive(NAME, "max-chunks", maxChunks);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EpochPlan plan(int seriesLength, EpochSeed epoch) {
        StreamLayout layout = Streams.layout(NAME, seriesLength, 0, streams);
        List<TrimmedRange> trimmed = new ArrayList<>(layout.tailTrim());
        List<Integer> offsets = new ArrayList<>(), lengths = new ArrayList<>();
        for (int pos = 0; pos < layout.streamLength(); ) {
            int length = Math.min(chunk, layout.streamLength() - pos);
            if (length < chunk && remainder == Remainder.DROP) {
                trimmed.addAll(layout.chunkTrim(pos, length));
                break;
            }
            offsets.add(pos);
            lengths.add(length);
            pos += length;
        }
        List<BatchSpec> batches = new ArrayList<>();
        int previousFirst = 0;
        for (int k = 0; k < offsets.size(); k++) {
            int first = windowStart(k);
            int start = offsets.get(first), length = offsets.get(k) + lengths.get(k) - start;
            StateSource state =
                    first == 0 ? StateSource.ZERO : new StateSource.CarryFrom(start - offsets.get(previousFirst) - 1);
            batches.add(layout.batch(start, length, StepRange.last(lengths.get(k), length), state));
            previousFirst = first;
        }
        Units.requireBatches(NAME, batches, seriesLength);
        EpochPlan plan = new EpochPlan(batches, new Trim(trimmed));
        if (plan.timesteps() > WORK_BOUND * plan.lossSteps()) {
            throw new StrategyException("Strategy '" + NAME + "' with max-chunks=" + maxChunks + " would run "
                    + plan.timesteps() + " forward steps per epoch on a series of " + seriesLength + " points, more"
                    + " than " + WORK_BOUND + " x the " + plan.lossSteps() + " it scores (the cost of " + WORK_BOUND
                    + " stateful-tbptt epochs); use a smaller max-chunks, more streams or a longer chunk");
        }
        return plan;
    }

    /** The first chunk batch k reads: max(0, k + 1 - M). */
    public int windowStart(int batch) {
        return Math.max(0, batch + 1 - maxChunks);
    }

    @Override
    public String parameterText() {
        return "chunk=" + chunk + "&streams=" + streams + "&max-chunks=" + maxChunks + "&remainder="
                + SpecParameters.format(remainder);
    }

    @Override
    public int rows() {
        return streams;
    }

    @Override
    public int chunkLength() {
        return chunk;
    }

    /** M x T, or the whole stream when it is shorter: the loss of a chunk reaches back that far. */
    @Override
    public int gradientSteps(int trainLength) {
        long streamLength = Math.max(1, (trainLength - 1L) / streams);
        return (int) Math.min((long) maxChunks * chunk, Math.max(chunk, streamLength));
    }

    /** M x T: the longest row a batch reads. */
    @Override
    public OptionalInt trainedWindow() {
        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, (long) maxChunks * chunk));
    }

    /** Yes: the state before a batch's first chunk is carried. */
    @Override
    public boolean carriesState() {
        return true;
    }
}
