package lstmbench.strategies.kinds;

import java.util.List;
import lstmbench.strategies.StrategyException;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.Remainder;
import lstmbench.strategies.plan.StateSource;
import lstmbench.strategies.plan.StepRange;
import lstmbench.strategies.plan.TrimReason;
import lstmbench.strategies.plan.TrimmedRange;

/**
 * The independent units zero-state strategies batch: sliding windows (start s = 0 .. n - W - 1,
 * input x[s .. s+W-1], scored only at the last step, i.e. target x[s + W]) and non-overlapping
 * chunks (start jT, every step scored). A series tail shorter than one chunk is a partial chunk.
 */
final class Units {
    private Units() {}

    static int[] windowStarts(int seriesLength, int window, String strategy) {
        int count = seriesLength - window;
        if (count < 1) {
            throw new StrategyException("Strategy '" + strategy + "' needs a series longer than its window " + window
                    + ", got " + seriesLength + " points");
        }
        int[] starts = new int[count];
        for (int s = 0; s < count; s++) {
            starts[s] = s;
        }
        return starts;
    }

    static int[] chunkStarts(int seriesLength, int chunk, String strategy) {
        int pairs = seriesLength - 1;
        if (pairs < 1) {
            throw new StrategyException("Strategy '" + strategy + "' needs at least 2 points, got " + seriesLength);
        }
        int[] starts = new int[pairs / chunk];
        for (int j = 0; j < starts.length; j++) {
            starts[j] = j * chunk;
        }
        return starts;
    }

    /** The chunk after the last full one, shorter than T, as its own [1, r] batch or trimmed. */
    static void addPartialChunk(
            int seriesLength, int chunk, Remainder remainder, List<BatchSpec> out, List<TrimmedRange> trimmed) {
        int pairs = seriesLength - 1;
        int start = pairs / chunk * chunk, rest = pairs - start;
        if (rest == 0) {
            return;
        }
        if (remainder == Remainder.KEEP) {
            out.add(new BatchSpec(new int[] {start}, rest, StepRange.all(rest), StateSource.ZERO));
        } else {
            trimmed.add(new TrimmedRange(TrimReason.CHUNK_REMAINDER, start + 1, seriesLength));
        }
    }

    static void requirePositive(String strategy, String parameter, int value) {
        if (value < 1) {
            throw new StrategyException(
                    "Parameter '" + parameter + "' of strategy '" + strategy + "' must be >= 1, got " + value);
        }
    }

    static void requireBatches(String strategy, List<BatchSpec> batches, int seriesLength) {
        if (batches.isEmpty()) {
            throw new StrategyException("Strategy '" + strategy + "' forms no batch from a series of " + seriesLength
                    + " points with these parameters (everything would be trimmed)");
        }
    }
}
