package lstmbench.strategies.plan;

import java.util.List;

/**
 * Consecutive chunks over every stream of a StreamLayout with the state carried between them:
 * chunks of length T cover stream offsets [offset, L); each chunk after the first continues from
 * the state after the last step of the chunk before it (CarryFrom(T_prev - 1), gradient cut).
 * A tail shorter than T is a shorter last chunk (Remainder.KEEP) or trimmed (Remainder.DROP).
 */
public final class CarriedChunks {
    private CarriedChunks() {}

    /**
     * Appends the chunks to {@code out}; the first one starts from {@code first} (Zero at the start
     * of an epoch, or a carry from the batch already at the end of {@code out}).
     */
    public static void add(
            StreamLayout layout,
            int offset,
            int chunk,
            StateSource first,
            Remainder remainder,
            List<BatchSpec> out,
            List<TrimmedRange> trimmed) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk length must be >= 1, got " + chunk);
        }
        StateSource state = first;
        int pos = offset;
        while (pos < layout.streamLength()) {
            int length = Math.min(chunk, layout.streamLength() - pos);
            if (length < chunk && remainder == Remainder.DROP) {
                trimmed.addAll(layout.chunkTrim(pos, length));
                break;
            }
            out.add(layout.batch(pos, length, StepRange.all(length), state));
            state = new StateSource.CarryFrom(length - 1);
            pos += length;
        }
    }
}
