package lstmbench.strategies.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.MaterializedBytes;
import lstmbench.strategies.plan.Remainder;
import org.junit.jupiter.api.Test;

/**
 * What an epoch materialises, the training-input bytes the report's memory section shows: sliding
 * windows (built lazily per batch, never stored) still write each point about W times per epoch, W
 * times what non-overlapping chunks write; overlapping TBPTT(k1, k2) writes k2 / k1 times the
 * stateful layout (up to the first batch, which is all new); the resident part is one batch.
 */
class MaterializedInputTest {
    static final int N = 10_001;
    static final EpochSeed EPOCH = new EpochSeed(0, 1);

    @Test
    void slidingWindowsWriteEachPointWTimesWhatChunksWrite() {
        MaterializedBytes windows =
                new SlidingWindow(50, 32, Remainder.KEEP).plan(N, EPOCH).materializedBytes();
        MaterializedBytes chunks =
                new ChunkedReset(50, 32, Remainder.KEEP).plan(N, EPOCH).materializedBytes();
        assertEquals(12L * (N - 50) * 50, windows.perEpoch(), "3 float32 per step, (n - W) windows of W steps");
        assertEquals(12L * (N - 1), chunks.perEpoch());
        assertEquals(50.0, (double) windows.perEpoch() / chunks.perEpoch(), 0.5);
        assertEquals(12L * 32 * 50, windows.largestBatch(), "one [32, 50] batch is resident at a time");
    }

    @Test
    void overlappingTbpttWritesK2OverK1TimesTheStatefulLayout() {
        long overlap = new TbpttOverlap(25, 50, 4, Remainder.KEEP)
                .plan(N, EPOCH)
                .materializedBytes()
                .perEpoch();
        long stateful = new StatefulTbptt(50, 4, Remainder.KEEP)
                .plan(N, EPOCH)
                .materializedBytes()
                .perEpoch();
        assertEquals(2.0, (double) overlap / stateful, 0.05);
    }
}
