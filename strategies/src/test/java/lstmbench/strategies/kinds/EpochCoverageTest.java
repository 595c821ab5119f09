package lstmbench.strategies.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.plan.Coverage;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.Remainder;
import lstmbench.strategies.plan.TrimReason;
import lstmbench.strategies.plan.TrimmedRange;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Coverage over one epoch, per strategy, on random series lengths and shapes: how many times each
 * training point is read as an input and scored as a target, against what the strategy must do.
 * Every target is scored at most once by every strategy here; what is not scored is either
 * unscored by design (sliding windows' first W points, burn-in) or listed in the plan's Trim.
 */
class EpochCoverageTest {

    /** Targets scored exactly once except trimmed ones (never) and the given by-design unscored ones. */
    static void assertScoredOnceExceptTrim(Strategy s, int n, int epoch, boolean[] unscoredByDesign) {
        EpochPlan plan = s.plan(n, new EpochSeed(epoch, 7));
        Coverage c = Coverage.of(plan, n);
        boolean[] trimmed = new boolean[n];
        for (TrimmedRange r : plan.trim().ranges()) {
            for (int p = r.from(); p < r.to(); p++) {
                assertEquals(false, trimmed[p], s.spec() + ": point " + p + " trimmed twice");
                trimmed[p] = true;
            }
        }
        assertEquals(0, c.targetCount(0), "point 0 has no predecessor and is never a target");
        for (int p = 1; p < n; p++) {
            int expected = trimmed[p] || unscoredByDesign[p] ? 0 : 1;
            assertEquals(expected, c.targetCount(p), s.spec() + " n=" + n + ": target count of point " + p);
        }
        assertEquals(plan.lossSteps(), Arrays.stream(c.targetCounts()).sum());
        assertEquals(plan.timesteps(), Arrays.stream(c.inputCounts()).sum());
    }

    static boolean[] none(int n) {
        return new boolean[n];
    }

    @Property(tries = 200)
    void chunkedResetScoresEveryTargetOnceAndReadsEveryInputOnce(
            @ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 9) int batch) {
        Strategy s = new ChunkedReset(chunk, batch, Remainder.KEEP);
        assertScoredOnceExceptTrim(s, n, 0, none(n));
        EpochPlan plan = s.plan(n, new EpochSeed(0, 1));
        Coverage c = Coverage.of(plan, n);
        for (int p = 0; p < n - 1; p++) {
            assertEquals(1, c.inputCount(p), "input count of point " + p);
        }
        assertEquals(0, c.inputCount(n - 1), "the last point is only a target");
        assertEquals(0, plan.trim().droppedTargets(), "keep trims nothing");
    }

    @Property(tries = 200)
    void droppingRemaindersTrimsExactlyWhatIsNotScored(
            @ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 9) int batch) {
        int pairs = n - 1, full = pairs / chunk;
        Assume.that(full >= batch);
        Strategy s = new ChunkedReset(chunk, batch, Remainder.DROP);
        assertScoredOnceExceptTrim(s, n, 0, none(n));
        EpochPlan plan = s.plan(n, new EpochSeed(0, 1));
        assertEquals(pairs - full * chunk, plan.trim().droppedTargets(TrimReason.CHUNK_REMAINDER));
        assertEquals(full % batch * chunk, plan.trim().droppedTargets(TrimReason.BATCH_REMAINDER));
        for (var b : plan.batches()) {
            assertEquals(batch, b.rows(), "drop leaves only full batches");
            assertEquals(chunk, b.length(), "drop leaves only full chunks");
        }
    }

    @Property(tries = 200)
    void slidingWindowReadsEachPointOncePerWindowContainingItAndScoresPointsFromW(
            @ForAll @IntRange(min = 2, max = 300) int n,
            @ForAll @IntRange(min = 1, max = 30) int window,
            @ForAll @IntRange(min = 1, max = 9) int batch) {
        Assume.that(n > window);
        Strategy s = new SlidingWindow(window, batch, Remainder.KEEP);
        boolean[] design = new boolean[n];
        for (int p = 0; p < window; p++) {
            design[p] = true;
        }
        assertScoredOnceExceptTrim(s, n, 0, design);
        Coverage c = Coverage.of(s.plan(n, new EpochSeed(0, 1)), n);
        for (int p = 0; p < n; p++) {
            int expected = Math.max(0, Math.min(p, n - window - 1) - Math.max(0, p - window + 1) + 1);
            assertEquals(expected, c.inputCount(p), "windows containing point " + p);
        }
    }

    @Property(tries = 100)
    void shufflingChangesTheOrderButNotTheCounts(
            @ForAll @IntRange(min = 3, max = 300) int n,
            @ForAll @IntRange(min = 1, max = 30) int length,
            @ForAll @IntRange(min = 1, max = 9) int batch,
            @ForAll Shuffled.Unit unit,
            @ForAll @IntRange(min = 0, max = 5) int epoch) {
        Assume.that(n > length);
        Strategy shuffled = new Shuffled(unit, length, batch, Shuffled.Order.SHUFFLED, Remainder.KEEP);
        Strategy ordered = unit == Shuffled.Unit.WINDOWS
                ? new SlidingWindow(length, batch, Remainder.KEEP)
                : new ChunkedReset(length, batch, Remainder.KEEP);
        Coverage a = Coverage.of(shuffled.plan(n, new EpochSeed(epoch, 3)), n);
        Coverage b = Coverage.of(ordered.plan(n, new EpochSeed(epoch, 3)), n);
        assertEquals(Arrays.toString(b.inputCounts()), Arrays.toString(a.inputCounts()));
        assertEquals(Arrays.toString(b.targetCounts()), Arrays.toString(a.targetCounts()));
    }

    @Property(tries = 200)
    void statefulTbpttScoresEveryStreamPointOnceAndTrimsTheStreamRemainder(
            @ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 9) int streams,
            @ForAll Remainder remainder) {
        int pairs = n - 1, length = pairs / streams;
        Assume.that(length >= 1 && (remainder == Remainder.KEEP || length >= chunk));
        Strategy s = new StatefulTbptt(chunk, streams, remainder);
        assertScoredOnceExceptTrim(s, n, 0, none(n));
        EpochPlan plan = s.plan(n, new EpochSeed(0, 1));
        assertEquals(pairs % streams, plan.trim().droppedTargets(TrimReason.STREAM_REMAINDER));
        int chunkTrim = remainder == Remainder.DROP ? streams * (length % chunk) : 0;
        assertEquals(chunkTrim, plan.trim().droppedTargets(TrimReason.CHUNK_REMAINDER));
    }

    @Property(tries = 200)
    void statefulFullGraphScoresAsStatefulTbpttAndRereadsUpToMaxChunksEarlierChunks(
            @ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 30) int chunk,
            @ForAll @IntRange(min = 1, max = 6) int streams,
            @ForAll @IntRange(min = 1, max = 6) int maxChunks,
            @ForAll Remainder remainder) {
        int length = (n - 1) / streams;
        Assume.that(length >= 1 && (remainder == Remainder.KEEP || length >= chunk));
        Strategy s = new StatefulFullGraph(chunk, streams, maxChunks, remainder);
        assertScoredOnceExceptTrim(s, n, 0, none(n));
        EpochPlan plan = s.plan(n, new EpochSeed(0, 1));
        EpochPlan tbptt = new StatefulTbptt(chunk, streams, remainder).plan(n, new EpochSeed(0, 1));
        assertEquals(tbptt.trim(), plan.trim());
        assertEquals(tbptt.lossSteps(), plan.lossSteps());
        for (int k = 0; k < plan.batches().size(); k++) {
            int chunks = Math.min(k, maxChunks - 1) + 1;
            var b = plan.batches().get(k);
            assertEquals(tbptt.batches().get(k).length(), b.loss().size(), "batch " + k + " scores its own chunk");
            assertEquals(
                    (chunks - 1) * chunk + b.loss().size(), b.length(), "batch " + k + " reads " + chunks + " chunks");
        }
    }

    @Property(tries = 200)
    void tbpttOverlapScoresEachTargetOnceAndReadsOverlapsAgain(
            @ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 20) int k1,
            @ForAll @IntRange(min = 0, max = 20) int extra,
            @ForAll @IntRange(min = 1, max = 6) int streams,
            @ForAll Remainder remainder) {
        int k2 = k1 + extra, length = (n - 1) / streams;
        Assume.that(length >= 1 && (remainder == Remainder.KEEP || length >= k2));
        Strategy s = new TbpttOverlap(k1, k2, streams, remainder);
        assertScoredOnceExceptTrim(s, n, 0, none(n));
        EpochPlan plan = s.plan(n, new EpochSeed(0, 1));
        long scored = plan.lossSteps();
        long expectedReads = scored + (long) (plan.batches().size() - 1) * streams * (k2 - k1);
        assertEquals(expectedReads, plan.timesteps(), "every batch after the first re-reads k2 - k1 steps");
    }

    @Property(tries = 200)
    void randomOffsetScoresEveryStreamPointOnceInEveryEpoch(
            @ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 9) int streams,
            @ForAll @IntRange(min = 0, max = 20) int epoch) {
        Assume.that((n - 1) / streams >= 1);
        assertScoredOnceExceptTrim(new RandomOffset(chunk, streams, Remainder.KEEP), n, epoch, none(n));
    }

    @Property(tries = 200)
    void epochBurnInLeavesTheFirstBurnInTargetsOfEachStreamUnscored(
            @ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 15) int burnIn,
            @ForAll @IntRange(min = 1, max = 6) int streams) {
        int length = (n - 1) / streams;
        Assume.that(length > burnIn);
        boolean[] design = new boolean[n];
        for (int i = 0; i < streams; i++) {
            for (int q = 0; q < burnIn; q++) {
                design[i * length + q + 1] = true;
            }
        }
        assertScoredOnceExceptTrim(
                new StatefulBurnIn(chunk, burnIn, StatefulBurnIn.Scope.EPOCH, streams, Remainder.KEEP), n, 0, design);
    }

    @Property(tries = 200)
    void batchBurnInRereadsBurnInPointsBeforeEveryBatch(
            @ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll @IntRange(min = 1, max = 15) int burnIn,
            @ForAll @IntRange(min = 1, max = 6) int streams) {
        Assume.that((n - 1 - burnIn) / streams >= 1);
        boolean[] design = new boolean[n];
        for (int p = 1; p <= burnIn; p++) {
            design[p] = true;
        }
        Strategy s = new StatefulBurnIn(chunk, burnIn, StatefulBurnIn.Scope.BATCH, streams, Remainder.KEEP);
        assertScoredOnceExceptTrim(s, n, 0, design);
        EpochPlan plan = s.plan(n, new EpochSeed(0, 1));
        assertEquals(plan.lossSteps() + (long) plan.batches().size() * streams * burnIn, plan.timesteps());
        plan.batches().forEach(b -> assertEquals(0, b.loss().from() - burnIn, "scoring starts after burn-in"));
    }

    @Property(tries = 50)
    void fullBpttReadsTheWholeSeriesOnceAsOneRow(@ForAll @IntRange(min = 2, max = 2000) int n) {
        assertScoredOnceExceptTrim(new FullBptt(), n, 0, none(n));
        EpochPlan plan = new FullBptt().plan(n, new EpochSeed(0, 1));
        assertEquals(1, plan.batches().size());
        assertEquals(1, plan.batches().get(0).rows());
        assertEquals(n - 1, plan.batches().get(0).length());
    }
}
