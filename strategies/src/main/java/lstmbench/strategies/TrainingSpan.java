package lstmbench.strategies;

import java.util.OptionalInt;

/**
 * How a strategy's training reads the series. The span is the longest run of consecutive steps one
 * loss gradient is back-propagated through: W for sliding windows, T for chunks (k2 for
 * TBPTT(k1, k2), burn-in + T for per-batch burn-in), the whole training part for full BPTT; the
 * memory probes use it to choose how many lags the input-sensitivity curve covers (4 x the span by
 * default) and to state what a strategy could at most have learned to use. Carried state can still
 * make a model read further back than its span; the span only bounds what the gradient can teach it
 * to write.
 *
 * <p>The trained window and whether state is carried decide the strategy's own evaluation: the
 * windowed forecast reads the trained window from zero state (what a zero-state strategy saw in
 * training), the streaming forecast carries state from the series' start (what a carried-state
 * strategy saw).
 */
public interface TrainingSpan {
    /** The most consecutive steps one loss gradient flows back through, on a training part of {@code trainLength} points. */
    int gradientSteps(int trainLength);

    /**
     * The steps one training row reads, the window of the windowed evaluation that matches
     * training: W for windows, T for chunks (k2, burn-in + T); empty when the strategy has neither
     * (full BPTT, whose one row is the whole training part).
     */
    OptionalInt trainedWindow();

    /**
     * Whether training carries state across batches or reads the series from its start (own
     * evaluation: streaming); false when every batch starts from zero state (own evaluation:
     * windowed).
     */
    boolean carriesState();
}
