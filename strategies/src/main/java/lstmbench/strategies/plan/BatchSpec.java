package lstmbench.strategies.plan;

import java.util.Arrays;
import java.util.Objects;

/**
 * One batch of an epoch plan, described by indices into the training series instead of values:
 * row r reads inputs x[s_r .. s_r + T - 1] and targets x[s_r + 1 .. s_r + T] (next-step forecast),
 * so a batch [B, T] is built lazily from the series when the trainer runs it. Loss counts on the
 * steps of {@code loss}; the initial state comes from {@code state}.
 */
public record BatchSpec(int[] rowStarts, int length, StepRange loss, StateSource state) {

    public BatchSpec {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(state, "state");
        if (rowStarts.length == 0 || length < 1) {
            throw new IllegalArgumentException(
                    "a batch needs >= 1 row and length >= 1, got " + rowStarts.length + " rows of length " + length);
        }
        if (loss.to() > length) {
            throw new IllegalArgumentException("loss steps " + loss + " exceed batch length " + length);
        }
        rowStarts = rowStarts.clone();
        for (int s : rowStarts) {
            if (s < 0) {
                throw new IllegalArgumentException("row start " + s + " is negative");
            }
        }
    }

    /** Row count B. */
    public int rows() {
        return rowStarts.length;
    }

    public int rowStart(int row) {
        return rowStarts[row];
    }

    @Override
    public int[] rowStarts() {
        return rowStarts.clone();
    }

    /** Forward steps this batch runs: B * T. */
    public long timesteps() {
        return (long) rowStarts.length * length;
    }

    /** Predictions that count in the loss: B * |loss|. */
    public long lossSteps() {
        return (long) rowStarts.length * loss.size();
    }

    /** Index one past the last series point the batch reads (its last target). */
    public int endExclusive() {
        int max = 0;
        for (int s : rowStarts) {
            max = Math.max(max, s);
        }
        return max + length + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchSpec b
                && length == b.length
                && Arrays.equals(rowStarts, b.rowStarts)
                && loss.equals(b.loss)
                && state.equals(b.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(rowStarts), length, loss, state);
    }

    @Override
    public String toString() {
        return "BatchSpec[rows=" + rowStarts.length + ", first=" + rowStarts[0] + ", length=" + length + ", loss="
                + loss + ", state=" + state + "]";
    }
}
