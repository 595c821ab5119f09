package lstmbench.strategies.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.TestData;
import lstmbench.strategies.kinds.RandomOffset;
import lstmbench.strategies.kinds.StatefulTbptt;
import lstmbench.strategies.kinds.TbpttOverlap;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.Coverage;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.Remainder;
import lstmbench.strategies.plan.StateSource;
import lstmbench.strategies.plan.StepRange;
import lstmbench.strategies.plan.Trim;
import org.junit.jupiter.api.Test;

/**
 * The state a batch carries is the one the kernel produced at the stated step: with the weights
 * held fixed, an epoch of a state-carrying strategy scores exactly the predictions of one
 * uninterrupted pass over each stream (same masked loss), for stateful-tbptt, random-offset and
 * tbptt-overlap. Resetting the state instead changes the loss, so the comparison can fail.
 */
class CarriedStateTest {
    static final ModelDims DIMS = new ModelDims(1, 5, 1);
    static final float[] SERIES = TestData.sine(500, 2).scaledTrain();
    static final int STREAMS = 3;

    /** One row per stream over its whole length from zero state, scored where the epoch scores. */
    static double onePassLoss(EpochPlan epoch, ModelParams p) {
        int streamLength = (SERIES.length - 1) / STREAMS;
        int[] scored = Coverage.of(epoch, SERIES.length).targetCounts();
        double weighted = 0;
        long count = 0;
        PlanExecutor ex = new PlanExecutor(DIMS, SERIES);
        for (int i = 0; i < STREAMS; i++) {
            int start = i * streamLength;
            // score the stream's steps one contiguous run of scored targets at a time
            int t = 0;
            while (t < streamLength) {
                if (scored[start + t + 1] == 0) {
                    t++;
                    continue;
                }
                int from = t;
                while (t < streamLength && scored[start + t + 1] == 1) {
                    t++;
                }
                BatchSpec row =
                        new BatchSpec(new int[] {start}, streamLength, new StepRange(from, t), StateSource.ZERO);
                double loss = ex.runEpoch(new EpochPlan(List.of(row), Trim.none()), p, new NoUpdate(), 1e9)
                        .trainLoss();
                weighted += loss * (t - from);
                count += t - from;
            }
        }
        return weighted / count;
    }

    static void assertCarriedStateIsExact(Strategy s, int epoch) {
        ModelParams p = Initializer.initialize(DIMS, 8);
        EpochPlan plan = s.plan(SERIES.length, new EpochSeed(epoch, 1));
        double carried = new PlanExecutor(DIMS, SERIES)
                .runEpoch(plan, p, new NoUpdate(), 1e9)
                .trainLoss();
        assertEquals(onePassLoss(plan, p), carried, 1e-6, s.spec());
    }

    @Test
    void statefulTbpttCarriesTheStateOfTheLastStep() {
        assertCarriedStateIsExact(new StatefulTbptt(17, STREAMS, Remainder.KEEP), 0);
    }

    @Test
    void randomOffsetCarriesTheStateAcrossItsShiftedBoundaries() {
        for (int e = 0; e < 3; e++) {
            assertCarriedStateIsExact(new RandomOffset(17, STREAMS, Remainder.KEEP), e);
        }
    }

    @Test
    void tbpttOverlapCarriesTheStateAfterTheFirstK1Steps() {
        assertCarriedStateIsExact(new TbpttOverlap(7, 19, STREAMS, Remainder.KEEP), 0);
    }

    @Test
    void resettingInsteadOfCarryingWouldBeDetected() {
        ModelParams p = Initializer.initialize(DIMS, 8);
        EpochPlan plan = new StatefulTbptt(17, STREAMS, Remainder.KEEP).plan(SERIES.length, new EpochSeed(0, 1));
        double reset = new PlanExecutor(DIMS, SERIES)
                .runEpoch(resetEveryBatch(plan), p, new NoUpdate(), 1e9)
                .trainLoss();
        assertNotEquals(onePassLoss(plan, p), reset, 1e-4);
    }

    static EpochPlan resetEveryBatch(EpochPlan plan) {
        List<BatchSpec> out = new ArrayList<>();
        for (BatchSpec b : plan.batches()) {
            out.add(new BatchSpec(b.rowStarts(), b.length(), b.loss(), StateSource.ZERO));
        }
        return new EpochPlan(out, plan.trim());
    }
}
