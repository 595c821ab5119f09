package lstmbench.strategies.plan;

/**
 * Why a stretch of the training series is not scored in an epoch: what was cut to make shapes fit.
 */
public enum TrimReason {
    /** Points left over after laying the series out as B equal streams ((n - 1) mod B). */
    STREAM_REMAINDER,
    /** The tail of a stream (or of the series) shorter than one chunk, dropped by Remainder.DROP. */
    CHUNK_REMAINDER,
    /** Rows that would not fill the last batch, dropped by Remainder.DROP. */
    BATCH_REMAINDER
}
