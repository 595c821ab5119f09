package lstmbench.strategies;

/**
 * How far back a strategy lets training reach, in steps: the memory probes use it to choose how
 * many lags the input-sensitivity curve covers (4 x the span by default) and to state what a
 * strategy could at most have learned to use. The span is the longest run of consecutive steps one
 * loss gradient is back-propagated through: W for sliding windows, T for chunks (k2 for
 * TBPTT(k1, k2), burn-in + T for per-batch burn-in), the whole training part for full BPTT.
 * Carried state can still make a model read further back than its span; the span only bounds what
 * the gradient can teach it to write.
 */
public interface TrainingSpan {
    /** The most consecutive steps one loss gradient flows back through, on a training part of {@code trainLength} points. */
    int gradientSteps(int trainLength);
}
