package lstmbench.strategies.plan;

import java.util.Arrays;
import java.util.List;

/**
 * Groups independent units (windows or chunks, each starting from zero state) into batches of B
 * rows in a given order. Units of one length share a batch shape; a last group of fewer than B
 * rows is kept as a smaller batch or dropped (and reported) according to Remainder. Shared by the
 * sliding-window, chunked-reset and shuffled strategies, so with the same units and order they
 * give identical plans.
 */
public final class ZeroStateBatches {
    private ZeroStateBatches() {}

    /**
     * Batches of the units starting at {@code starts} (in that order), each of {@code length}
     * steps scored on {@code loss}; appends the batches to {@code out} and any dropped rows to
     * {@code trimmed}.
     */
    public static void add(
            int[] starts,
            int length,
            StepRange loss,
            int batchSize,
            Remainder remainder,
            List<BatchSpec> out,
            List<TrimmedRange> trimmed) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        for (int from = 0; from < starts.length; from += batchSize) {
            int to = Math.min(starts.length, from + batchSize);
            int[] rows = Arrays.copyOfRange(starts, from, to);
            if (rows.length < batchSize && remainder == Remainder.DROP) {
                for (int s : rows) {
                    trimmed.add(new TrimmedRange(TrimReason.BATCH_REMAINDER, s + loss.from() + 1, s + loss.to() + 1));
                }
            } else {
                out.add(new BatchSpec(rows, length, loss, StateSource.ZERO));
            }
        }
    }

    /** In-place Fisher-Yates shuffle driven by the epoch's generator. */
    public static void shuffle(int[] a, java.util.SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
