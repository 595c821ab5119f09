package lstmbench.strategies.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lstmbench.strategies.Strategy;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.Remainder;
import lstmbench.strategies.plan.StateSource;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Stream continuity of the state-carrying strategies: in every batch that carries state, the first
 * new (scored) input of row i is the point right after the last input of row i in the batch
 * before, and the carried step is the one just before the row's start. stateful-full-graph's first
 * max-chunks batches re-read their streams from the start instead, from zero state. (That the state copied at
 * that step is the one the kernel produced is checked in training.CarriedStateTest.)
 */
class StreamContinuityTest {

    static void assertContinuous(Strategy s, int n, int epoch) {
        EpochPlan plan = s.plan(n, new EpochSeed(epoch, 11));
        assertInstanceOf(StateSource.Zero.class, plan.batches().get(0).state(), "each epoch starts from zero state");
        for (int k = 1; k < plan.batches().size(); k++) {
            BatchSpec prev = plan.batches().get(k - 1), next = plan.batches().get(k);
            StateSource.CarryFrom carry = assertInstanceOf(
                    StateSource.CarryFrom.class, next.state(), s.spec() + ": batch " + k + " carries state");
            for (int r = 0; r < next.rows(); r++) {
                int lastInputBefore = prev.rowStart(r) + prev.length() - 1;
                int firstNewInput = next.rowStart(r) + next.loss().from();
                assertEquals(lastInputBefore + 1, firstNewInput, s.spec() + ": batch " + k + " row " + r);
                assertEquals(
                        prev.rowStart(r) + carry.step() + 1,
                        next.rowStart(r),
                        "the carried state is the one after the point before the row starts");
            }
        }
    }

    @Property(tries = 200)
    void statefulTbpttRowsContinueTheirStreams(
            @ForAll @IntRange(min = 2, max = 500) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 8) int streams,
            @ForAll Remainder remainder) {
        Assume.that((n - 1) / streams >= chunk);
        assertContinuous(new StatefulTbptt(chunk, streams, remainder), n, 0);
    }

    @Property(tries = 200)
    void statefulFullGraphScoresTheChunkAfterThePreviousOneAndCarriesTheStateBeforeItsWindow(
            @ForAll @IntRange(min = 2, max = 500) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 8) int streams,
            @ForAll @IntRange(min = 1, max = 5) int maxChunks,
            @ForAll Remainder remainder) {
        Assume.that((n - 1) / streams >= chunk);
        StatefulFullGraph s = new StatefulFullGraph(chunk, streams, maxChunks, remainder);
        EpochPlan plan = s.plan(n, new EpochSeed(0, 11));
        BatchSpec first = plan.batches().get(0);
        for (int k = 1; k < plan.batches().size(); k++) {
            BatchSpec prev = plan.batches().get(k - 1), next = plan.batches().get(k);
            for (int r = 0; r < next.rows(); r++) {
                assertEquals(
                        prev.rowStart(r) + prev.length(),
                        next.rowStart(r) + next.loss().from(),
                        s.spec() + ": batch " + k + " row " + r + " scores the chunk after the previous one");
                if (next.state() instanceof StateSource.CarryFrom carry) {
                    assertTrue(k >= maxChunks, "only a window past the epoch's start carries state");
                    assertEquals(
                            prev.rowStart(r) + carry.step() + 1,
                            next.rowStart(r),
                            "the carried state is the one after the point before the row starts");
                } else {
                    assertTrue(k < maxChunks, "a window that starts at the epoch's start reads from zero state");
                    assertEquals(first.rowStart(r), next.rowStart(r), "from zero state at the stream's start");
                }
            }
        }
    }

    @Property(tries = 200)
    void randomOffsetRowsContinueTheirStreamsInEveryEpoch(
            @ForAll @IntRange(min = 2, max = 500) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 8) int streams,
            @ForAll @IntRange(min = 0, max = 30) int epoch) {
        Assume.that((n - 1) / streams >= chunk);
        assertContinuous(new RandomOffset(chunk, streams, Remainder.KEEP), n, epoch);
    }

    @Property(tries = 200)
    void tbpttOverlapNewStepsContinueWhereThePreviousBatchEnded(
            @ForAll @IntRange(min = 2, max = 500) int n,
            @ForAll @IntRange(min = 1, max = 20) int k1,
            @ForAll @IntRange(min = 0, max = 20) int extra,
            @ForAll @IntRange(min = 1, max = 8) int streams,
            @ForAll Remainder remainder) {
        Assume.that((n - 1) / streams >= k1 + extra);
        assertContinuous(new TbpttOverlap(k1, k1 + extra, streams, remainder), n, 0);
    }

    @Property(tries = 100)
    void epochBurnInHandsItsStateToTheFirstScoredChunk(
            @ForAll @IntRange(min = 2, max = 500) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 20) int burnIn,
            @ForAll @IntRange(min = 1, max = 8) int streams) {
        Assume.that((n - 1) / streams > burnIn);
        assertContinuous(new StatefulBurnIn(chunk, burnIn, StatefulBurnIn.Scope.EPOCH, streams, Remainder.KEEP), n, 0);
    }

    @Property(tries = 50)
    void randomOffsetsMoveTheBoundariesBetweenEpochs(@ForAll @IntRange(min = 4, max = 40) int chunk) {
        RandomOffset s = new RandomOffset(chunk, 2, Remainder.KEEP);
        long distinct = java.util.stream.IntStream.range(0, 40)
                .map(e -> s.offset(new EpochSeed(e, 5)))
                .distinct()
                .count();
        assertTrue(distinct > 1, "offsets over 40 epochs take more than one value");
        java.util.stream.IntStream.range(0, 40).forEach(e -> {
            int o = s.offset(new EpochSeed(e, 5));
            assertTrue(o >= 0 && o < chunk);
        });
    }
}
