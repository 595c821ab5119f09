package lstmbench.strategies.plan;

/**
 * Where a batch's initial LSTM state comes from: zeros, or the state the previous batch reached
 * after a stated step of its forward pass, row for row. Carried state is a value: the gradient is
 * always cut at the boundary (the trainer hands backward a zero dFinal), which is truncated BPTT.
 */
public sealed interface StateSource {

    /** h0 = c0 = 0 for every row. */
    record Zero() implements StateSource {}

    /**
     * h0, c0 of row i = the state after step {@code step} (0-based) of row i in the previous
     * batch, whose row i must therefore start {@code step + 1} points earlier.
     */
    record CarryFrom(int step) implements StateSource {
        public CarryFrom {
            if (step < 0) {
                throw new IllegalArgumentException("carry step must be >= 0, got " + step);
            }
        }
    }

    StateSource ZERO = new Zero();
}
