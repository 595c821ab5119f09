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
 * stateful-burn-in: stateful layouts with steps that build state but carry no loss (mask 0), as
 * the burn-in of R2D2 (Kapturowski et al. 2019). Two scopes:
 *
 * <pre>
 * epoch: stateful-tbptt whose epoch starts with one unscored batch of {@code burn-in} steps per
 *        stream (from zero state); the scored chunks of T continue from its final state. The
 *        first burn-in targets of each stream are never scored (by design, not trimming).
 * batch: every batch starts from zero state and first re-reads the {@code burn-in} points before its
 *        T scored steps: row start s - burn-in, length burn-in + T, scored on [burn-in, burn-in + T).
 *        The streams are laid out after the first burn-in points so every batch has its lead-in;
 *        gradient flows through the burn-in steps (they are part of the chunk), state does not
 *        cross batches.
 * </pre>
 */
public record StatefulBurnIn(int chunk, int burnIn, Scope scope, int streams, Remainder remainder)
        implements Strategy, ContiguousLayout, TrainingSpan {
    public static final String NAME = "stateful-burn-in";

    /** Whether burn-in runs once per epoch (state then carried) or before every batch (state reset). */
    public enum Scope {
        EPOCH,
        BATCH
    }

    public StatefulBurnIn {
        Units.requirePositive(NAME, "chunk", chunk);
        Units.requirePositive(NAME, "burn-in", burnIn);
        Units.requirePositive(NAME, "streams", streams);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EpochPlan plan(int seriesLength, EpochSeed epoch) {
        List<BatchSpec> batches = new ArrayList<>();
        List<TrimmedRange> trimmed = new ArrayList<>();
        if (scope == Scope.EPOCH) {
            StreamLayout layout = Streams.layout(NAME, seriesLength, 0, streams);
            if (burnIn >= layout.streamLength()) {
                throw new StrategyException("Strategy '" + NAME + "' has burn-in " + burnIn + " but each of its "
                        + streams + " streams holds only " + layout.streamLength() + " steps");
            }
            trimmed.addAll(layout.tailTrim());
            batches.add(layout.batch(0, burnIn, StepRange.none(), StateSource.ZERO));
            CarriedChunks.add(
                    layout, burnIn, chunk, new StateSource.CarryFrom(burnIn - 1), remainder, batches, trimmed);
        } else {
            StreamLayout layout = Streams.layout(NAME, seriesLength, burnIn, streams);
            trimmed.addAll(layout.tailTrim());
            for (int offset = 0; offset < layout.streamLength(); offset += chunk) {
                int scored = Math.min(chunk, layout.streamLength() - offset);
                if (scored < chunk && remainder == Remainder.DROP) {
                    trimmed.addAll(layout.chunkTrim(offset, scored));
                    break;
                }
                int[] starts = layout.rowStarts(offset);
                for (int i = 0; i < starts.length; i++) {
                    starts[i] -= burnIn;
                }
                batches.add(new BatchSpec(
                        starts, burnIn + scored, new StepRange(burnIn, burnIn + scored), StateSource.ZERO));
            }
        }
        Units.requireBatches(NAME, batches, seriesLength);
        return new EpochPlan(batches, new Trim(trimmed));
    }

    @Override
    public String parameterText() {
        return "chunk=" + chunk + "&burn-in=" + burnIn + "&scope=" + SpecParameters.format(scope) + "&streams="
                + streams + "&remainder=" + SpecParameters.format(remainder);
    }

    @Override
    public int rows() {
        return streams;
    }

    @Override
    public int chunkLength() {
        return chunk;
    }

    /** Burn-in + T per batch (the burn-in steps are in the chunk); T per epoch (the burn-in batch has no loss). */
    @Override
    public int gradientSteps(int trainLength) {
        return scope == Scope.BATCH ? burnIn + chunk : chunk;
    }

    /** Burn-in + T per batch (what one zero-state batch reads); T per epoch. */
    @Override
    public OptionalInt trainedWindow() {
        return OptionalInt.of(scope == Scope.BATCH ? burnIn + chunk : chunk);
    }

    /** Per epoch yes (the chunks continue the burn-in state); per batch no (every batch starts from zero state). */
    @Override
    public boolean carriesState() {
        return scope == Scope.EPOCH;
    }
}
