package lstmbench.strategies.plan;

/**
 * The training input one epoch materialises. Batches are built lazily: each batch's inputs
 * [B, T, 1], targets [B, T, 1] and mask [B, T] (float32) are filled from the series into a buffer
 * reused for every batch of that shape, so overlapping windows are never stored W times.
 *
 * <pre>
 * perEpoch     = 4 bytes * sum over batches of 3 * B * T   (written per epoch)
 * largestBatch = 4 bytes * max over batches of 3 * B * T   (resident at once)
 * </pre>
 */
public record MaterializedBytes(long perEpoch, long largestBatch) {
    static final int FLOATS_PER_STEP = 3;

    static MaterializedBytes of(Iterable<BatchSpec> batches) {
        long total = 0, largest = 0;
        for (BatchSpec b : batches) {
            long bytes = 4L * FLOATS_PER_STEP * b.timesteps();
            total += bytes;
            largest = Math.max(largest, bytes);
        }
        return new MaterializedBytes(total, largest);
    }
}
