package lstmbench.strategies;

/**
 * A strategy that lays the series out without overlap: each batch covers rows x chunkLength
 * distinct points (B x T). Callers validating a configuration use it to refuse B x T larger than
 * the training part, where no batch could be full and, for the stateful layouts, no state would
 * ever be carried. Sliding windows overlap by design and do not implement it.
 */
public interface ContiguousLayout {
    /** Rows per batch: the batch size, or the number of streams B. */
    int rows();

    /** Steps each row covers: the chunk length T (k2 for TBPTT(k1, k2)). */
    int chunkLength();
}
