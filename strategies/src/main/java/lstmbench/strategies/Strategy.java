package lstmbench.strategies;

import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;

/**
 * A batching strategy decides only how the scaled training series becomes an epoch of batches
 * [B, T] with a loss mask, where each batch's initial state comes from, and the batch order: it
 * returns an EpochPlan. It never trains; the one shared Trainer executes any plan. Implementations
 * are records whose components are their typed parameters; StrategyRegistry knows them by name.
 */
public interface Strategy {

    /** The name users type, e.g. {@code stateful-tbptt}. */
    String name();

    /** The plan of one epoch over a training series of {@code seriesLength} points. */
    EpochPlan plan(int seriesLength, EpochSeed epoch);

    /** The parameters in specification form, e.g. {@code chunk=50&streams=32&remainder=keep}. */
    String parameterText();

    /** Name and parameters: the text StrategyRegistry.parse reads back into an equal strategy. */
    default String spec() {
        String p = parameterText();
        return p.isEmpty() ? name() : name() + "?" + p;
    }
}
