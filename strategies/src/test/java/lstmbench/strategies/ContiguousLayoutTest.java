package lstmbench.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which strategies lay the series out without overlap, and the B x T they report.
 */
class ContiguousLayoutTest {
    static ContiguousLayout layout(String spec) {
        Strategy s = StrategyRegistry.parse(spec);
        assertTrue(s instanceof ContiguousLayout, spec + " should be a contiguous layout");
        return (ContiguousLayout) s;
    }

    @Test
    void chunkAndStreamStrategiesReportRowsAndChunkLength() {
        assertEquals(8 * 50, layout("chunked-reset?chunk=50&batch=8").rows() * 50);
        assertEquals(50, layout("chunked-reset?chunk=50&batch=8").chunkLength());
        assertEquals(16, layout("stateful-tbptt?chunk=64&streams=16").rows());
        assertEquals(64, layout("stateful-tbptt?chunk=64&streams=16").chunkLength());
        assertEquals(100, layout("tbptt-overlap?k1=50&k2=100&streams=4").chunkLength(), "k2 steps per row");
        assertEquals(4, layout("stateful-burn-in?chunk=30&burn-in=10&streams=4").rows());
        assertEquals(30, layout("random-offset?chunk=30&streams=4").chunkLength());
    }

    @Test
    void overlappingWindowsAndTheWholeSeriesAreNot() {
        assertFalse(StrategyRegistry.parse("sliding-window?window=16") instanceof ContiguousLayout);
        assertFalse(StrategyRegistry.parse("shuffled") instanceof ContiguousLayout);
        assertFalse(StrategyRegistry.parse("full-bptt") instanceof ContiguousLayout);
    }
}
