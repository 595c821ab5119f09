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
 * tbptt-overlap: Williams &amp; Peng's TBPTT(k1, k2) (Williams and Peng 1990, "An efficient
 * gradient-based algorithm for on-line training of recurrent network trajectories"; notation of
 * Sutskever 2013, sec. 2.8.6): every k1 new steps, back-propagate through the last k2 &gt;= k1
 * steps. On the stateful layout (B streams), batch k covers stream offsets [k k1, k k1 + k2): its
 * last k1 steps are new and scored, the first k2 - k1 repeat the previous batch's tail to carry
 * gradient further back. Its initial state is the state after step k1 - 1 of batch k - 1 (the point
 * just before it starts), gradient cut. Batch 0 covers [0, k2) and is scored on every step, so each
 * target is scored exactly once. A tail of r &lt; k1 new steps is a last batch of length
 * k2 - k1 + r scored on its last r steps (keep) or trimmed (drop). With k1 = k2 this is
 * stateful-tbptt.
 */
public record TbpttOverlap(int k1, int k2, int streams, Remainder remainder)
        implements Strategy, ContiguousLayout, TrainingSpan {
    public static final String NAME = "tbptt-overlap";

    public TbpttOverlap {
        Units.requirePositive(NAME, "k1", k1);
        Units.requirePositive(NAME, "k2", k2);
        Units.requirePositive(NAME, "streams", streams);
        if (k2 < k1) {
            throw new StrategyException("Strategy '" + NAME
                    + "' needs k2 >= k1 (back-propagate at least the new steps)," + " got k1=" + k1 + ", k2=" + k2);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EpochPlan plan(int seriesLength, EpochSeed epoch) {
        StreamLayout layout = Streams.layout(NAME, seriesLength, 0, streams);
        int length = layout.streamLength();
        List<BatchSpec> batches = new ArrayList<>();
        List<TrimmedRange> trimmed = new ArrayList<>(layout.tailTrim());
        if (length < k2) {
            if (remainder == Remainder.KEEP) {
                batches.add(layout.batch(0, length, StepRange.all(length), StateSource.ZERO));
            }
        } else {
            batches.add(layout.batch(0, k2, StepRange.all(k2), StateSource.ZERO));
            StateSource carry = new StateSource.CarryFrom(k1 - 1);
            int offset = k1;
            for (; offset + k2 <= length; offset += k1) {
                batches.add(layout.batch(offset, k2, StepRange.last(k1, k2), carry));
            }
            int rest = length - (offset - k1 + k2);
            if (rest > 0 && remainder == Remainder.KEEP) {
                int len = k2 - k1 + rest;
                batches.add(layout.batch(offset, len, StepRange.last(rest, len), carry));
            } else if (rest > 0) {
                trimmed.addAll(layout.chunkTrim(length - rest, rest));
            }
        }
        Units.requireBatches(NAME, batches, seriesLength);
        return new EpochPlan(batches, new Trim(trimmed));
    }

    @Override
    public String parameterText() {
        return "k1=" + k1 + "&k2=" + k2 + "&streams=" + streams + "&remainder=" + SpecParameters.format(remainder);
    }

    @Override
    public int rows() {
        return streams;
    }

    @Override
    public int chunkLength() {
        return k2;
    }

    /** K2: every batch back-propagates through its last k2 steps. */
    @Override
    public int gradientSteps(int trainLength) {
        return k2;
    }

    /** K2: the length of every batch. */
    @Override
    public OptionalInt trainedWindow() {
        return OptionalInt.of(k2);
    }

    /** Yes: state is carried from batch to batch. */
    @Override
    public boolean carriesState() {
        return true;
    }
}
