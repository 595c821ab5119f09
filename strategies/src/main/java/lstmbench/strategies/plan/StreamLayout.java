package lstmbench.strategies.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The stateful layout: the input/target pairs p = firstPair .. n - 2 (input x[p], target x[p + 1])
 * cut into B contiguous streams of equal length L = floor((n - 1 - firstPair) / B); stream i holds
 * pairs [firstPair + i L, firstPair + (i + 1) L). Row i of every batch reads stream i, so row i of
 * batch k + 1 continues row i of batch k. The (n - 1 - firstPair) mod B pairs left at the end of
 * the series are trimmed (TrimReason.STREAM_REMAINDER).
 */
public record StreamLayout(int seriesLength, int firstPair, int streams, int streamLength) {

    public static StreamLayout of(int seriesLength, int firstPair, int streams) {
        if (streams < 1) {
            throw new IllegalArgumentException("number of streams must be >= 1, got " + streams);
        }
        int pairs = seriesLength - 1 - firstPair;
        int length = pairs / streams;
        if (length < 1) {
            throw new IllegalArgumentException("a series of " + seriesLength + " points cannot be laid out as "
                    + streams + " streams" + (firstPair > 0 ? " after " + firstPair + " burn-in points" : ""));
        }
        return new StreamLayout(seriesLength, firstPair, streams, length);
    }

    /** Pair index where stream i starts. */
    public int streamStart(int stream) {
        return firstPair + stream * streamLength;
    }

    /** Row starts of a batch that begins {@code offset} pairs into every stream. */
    public int[] rowStarts(int offset) {
        int[] starts = new int[streams];
        for (int i = 0; i < streams; i++) {
            starts[i] = streamStart(i) + offset;
        }
        return starts;
    }

    /** One batch over every stream. */
    public BatchSpec batch(int offset, int length, StepRange loss, StateSource state) {
        return new BatchSpec(rowStarts(offset), length, loss, state);
    }

    /** Targets of the pairs after the last stream, which no batch scores. */
    public List<TrimmedRange> tailTrim() {
        List<TrimmedRange> out = new ArrayList<>();
        int end = firstPair + streams * streamLength;
        if (end < seriesLength - 1) {
            out.add(new TrimmedRange(TrimReason.STREAM_REMAINDER, end + 1, seriesLength));
        }
        return out;
    }

    /** Targets of pairs [offset, offset + count) of every stream, dropped as a chunk remainder. */
    public List<TrimmedRange> chunkTrim(int offset, int count) {
        List<TrimmedRange> out = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            int p = streamStart(i) + offset;
            out.add(new TrimmedRange(TrimReason.CHUNK_REMAINDER, p + 1, p + count + 1));
        }
        return out;
    }
}
