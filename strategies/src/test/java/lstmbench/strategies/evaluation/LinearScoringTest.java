package lstmbench.strategies.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.strategies.TestData;
import org.junit.jupiter.api.Test;

/**
 * Scoring a held-out part must cost in proportion to its length: the bytes Evaluator.evaluate
 * allocates for a part ten times longer may grow at most twenty-fold. Reading a cloning accessor
 * inside the loop over the part (f.streaming()[i]) copies the whole part once per point and makes
 * this roughly hundred-fold. Allocation, unlike time, does not depend on the machine's load.
 */
class LinearScoringTest {
    private static final ModelParams MODEL = Initializer.initialize(new ModelDims(1, 3, 1), 1);

    /** Bytes this thread allocates while scoring the test part of a series of {@code length} points. */
    private static long scoringBytes(ForecastData data) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Evaluator.evaluate(MODEL, data, Part.TEST, 4);
        long before = threads.getCurrentThreadAllocatedBytes();
        Evaluator.evaluate(MODEL, data, Part.TEST, 4);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static int points(ForecastData data) {
        return data.partTo(Part.TEST) - data.partFrom(Part.TEST);
    }

    @Test
    void scoringAPartTenTimesLongerAllocatesAtMostTwentyTimesAsMuch() {
        ForecastData shorter = TestData.sine(4_000, 1), longer = TestData.sine(40_000, 1);
        long small = scoringBytes(shorter), large = scoringBytes(longer);
        assertTrue(
                large < 20 * small,
                "scoring " + points(longer) + " test points allocated " + large + " bytes, " + points(shorter)
                        + " points " + small + " bytes: not linear in the length");
    }
}
