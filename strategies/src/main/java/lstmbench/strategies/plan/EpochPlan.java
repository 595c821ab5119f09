package lstmbench.strategies.plan;

import java.util.List;

/**
 * One epoch of a strategy as a value: the batches in the order the trainer runs them, and what was
 * trimmed. Checked on construction: the first batch starts from zero state (every epoch does), and
 * a batch that carries state continues the previous batch row for row (row i starts right after
 * the carried step of row i before), so a plan cannot describe a discontinuous carry.
 */
public record EpochPlan(List<BatchSpec> batches, Trim trim) {

    public EpochPlan {
        batches = List.copyOf(batches);
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("an epoch plan needs at least one batch");
        }
        if (!(batches.get(0).state() instanceof StateSource.Zero)) {
            throw new IllegalArgumentException("the first batch of an epoch must start from zero state");
        }
        for (int k = 1; k < batches.size(); k++) {
            BatchSpec prev = batches.get(k - 1), next = batches.get(k);
            if (next.state() instanceof StateSource.CarryFrom carry) {
                requireContinuation(k, prev, next, carry.step());
            }
        }
    }

    private static void requireContinuation(int k, BatchSpec prev, BatchSpec next, int step) {
        if (prev.rows() != next.rows()) {
            throw new IllegalArgumentException(
                    "batch " + k + " carries state from a batch with " + prev.rows() + " rows but has " + next.rows());
        }
        if (step >= prev.length()) {
            throw new IllegalArgumentException(
                    "batch " + k + " carries the state after step " + step + " of a batch of length " + prev.length());
        }
        for (int r = 0; r < next.rows(); r++) {
            if (next.rowStart(r) != prev.rowStart(r) + step + 1) {
                throw new IllegalArgumentException("batch " + k + " row " + r + " starts at " + next.rowStart(r)
                        + " but the carried state is that after point " + (prev.rowStart(r) + step));
            }
        }
    }

    /** Forward steps per epoch, B * T summed over batches (including steps without loss). */
    public long timesteps() {
        return batches.stream().mapToLong(BatchSpec::timesteps).sum();
    }

    /** Predictions scored per epoch. */
    public long lossSteps() {
        return batches.stream().mapToLong(BatchSpec::lossSteps).sum();
    }

    /** Bytes of training input materialised per epoch (built lazily, see MaterializedBytes). */
    public MaterializedBytes materializedBytes() {
        return MaterializedBytes.of(batches);
    }

    /** Throws unless every batch reads only points [0, seriesLength). */
    public void requireWithin(int seriesLength) {
        for (int k = 0; k < batches.size(); k++) {
            if (batches.get(k).endExclusive() > seriesLength) {
                throw new IllegalArgumentException("batch " + k + " reads up to point "
                        + (batches.get(k).endExclusive() - 1) + " of a series of " + seriesLength);
            }
        }
    }
}
