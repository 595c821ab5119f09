package lstmbench.strategies.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelParams;
import lstmbench.strategies.StrategyException;
import lstmbench.strategies.TestData;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.kinds.FullBptt;
import lstmbench.strategies.kinds.StatefulFullGraph;
import lstmbench.strategies.kinds.StatefulTbptt;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.Remainder;
import org.junit.jupiter.api.Test;

/**
 * stateful-full-graph carries the state with its gradient: with one stream, the gradients of its
 * first K batches (at fixed weights) average to full-bptt's gradient over those K chunks, which
 * stateful-tbptt's do not; its cost per batch, counted in timesteps the trainer ran, grows by one
 * chunk per batch up to max-chunks and is flat after it; with max-chunks = 1 it is stateful-tbptt;
 * and an epoch over the stated work bound is refused.
 */
class StatefulFullGraphTest {
    static final ForecastData DATA = TestData.sine(400, 3);
    static final TrainingConfig CONFIG = new TrainingConfig(6, new OptimizerChoice.AdamChoice(), 0.01, 1.0, 3, 9);
    static final int T = 20;
    static final int K = 4;

    /**
     * Batch k's loss is the mean over chunk k, so over the first K chunks of T steps
     * full-bptt's mean loss is (1/K) sum_k L_k and its gradient (1/K) sum_k grad L_k: exactly what
     * the full graph back-propagates, batch by batch, from the epoch's start.
     */
    @Test
    void withOneStreamItsGradientsAddUpToFullBpttsOnTheFirstChunks() {
        int n = K * T + 1;
        ModelParams p = Initializer.initialize(CONFIG.dims(), 4);
        PlanExecutor ex = new PlanExecutor(CONFIG.dims(), Arrays.copyOf(DATA.scaledTrain(), n));
        LstmState zero = LstmState.zeros(1, CONFIG.hiddenSize());
        EpochPlan fullGraph = new StatefulFullGraph(T, 1, K, Remainder.KEEP).plan(n, new EpochSeed(0, 1));
        EpochPlan tbptt = new StatefulTbptt(T, 1, Remainder.KEEP).plan(n, new EpochSeed(0, 1));
        assertEquals(K, fullGraph.batches().size());
        for (int chunks = 1; chunks <= K; chunks++) {
            ModelParams full = p.zerosLike();
            BatchSpec prefix = new FullBptt()
                    .plan(chunks * T + 1, new EpochSeed(0, 1))
                    .batches()
                    .get(0);
            ex.lossAndGradients(p, prefix, zero, full);
            float[] sum = new float[full.flatten().length];
            for (int k = 0; k < chunks; k++) {
                ModelParams g = p.zerosLike();
                BatchSpec b = fullGraph.batches().get(k);
                assertEquals(0, b.rowStart(0), "with max-chunks >= K every batch starts at the epoch's start");
                ex.lossAndGradients(p, b, zero, g);
                float[] flat = g.flatten();
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += flat[i] / chunks;
                }
            }
            assertArrayEquals(full.flatten(), sum, 1e-5f, "mean gradient of the first " + chunks + " batches");
        }
        // the cut gradient of stateful-tbptt's second batch (its only state is carried) is not the same
        ModelParams cut = p.zerosLike(), carried = p.zerosLike();
        ex.lossAndGradients(p, fullGraph.batches().get(1), zero, carried);
        LstmState afterFirst = LstmState.zeros(1, CONFIG.hiddenSize());
        ex.stateAfter(p, tbptt.batches().get(0), zero, T - 1, afterFirst);
        ex.lossAndGradients(p, tbptt.batches().get(1), afterFirst, cut);
        assertFalse(Arrays.equals(cut.flatten(), carried.flatten()), "the full graph reaches the first chunk");
    }

    @Test
    void perBatchCostGrowsByOneChunkPerBatchUpToMaxChunksThenStaysFlat() {
        int n = DATA.trainLength(), streams = 2, maxChunks = 5, T = 10;
        ModelParams p = Initializer.initialize(CONFIG.dims(), 4);
        PlanExecutor ex = new PlanExecutor(CONFIG.dims(), DATA.scaledTrain());
        EpochPlan plan = new StatefulFullGraph(T, streams, maxChunks, Remainder.DROP).plan(n, new EpochSeed(0, 1));
        PlanExecutor.EpochOutcome o = ex.runEpoch(plan, p, new NoUpdate(), 1e9);
        BatchCosts costs = o.batchCosts();
        int batches = plan.batches().size();
        assertTrue(batches > maxChunks + 2, "the test needs batches past the cap, got " + batches);
        assertEquals(batches, costs.batches());
        for (int k = 0; k < batches; k++) {
            long expected = (long) streams * T * (Math.min(k, maxChunks - 1) + 1);
            assertEquals(expected, costs.timesteps(k), "timesteps of batch " + k);
            assertTrue(costs.seconds(k) > 0, "batch " + k + " was timed");
        }
        assertEquals(Arrays.stream(costs.timesteps()).sum(), o.timesteps());
        assertTrue(
                costs.activationBytes(maxChunks - 1) > costs.activationBytes(0),
                "a longer graph holds a larger activation cache");
        assertEquals(costs.activationBytes(maxChunks - 1), costs.activationBytes(batches - 1));

        EpochPlan tbptt = new StatefulTbptt(T, streams, Remainder.DROP).plan(n, new EpochSeed(0, 1));
        BatchCosts flat = ex.runEpoch(tbptt, p, new NoUpdate(), 1e9).batchCosts();
        for (int k = 0; k < flat.batches(); k++) {
            assertEquals((long) streams * T, flat.timesteps(k), "stateful-tbptt's cost per batch is flat");
        }
    }

    @Test
    void withMaxChunksOneItIsStatefulTbptt() {
        int n = DATA.trainLength();
        for (Remainder r : Remainder.values()) {
            assertEquals(
                    new StatefulTbptt(13, 4, r).plan(n, new EpochSeed(0, 1)),
                    new StatefulFullGraph(13, 4, 1, r).plan(n, new EpochSeed(0, 1)));
        }
        EquivalenceTest.assertTrainsIdentically(
                new StatefulFullGraph(13, 4, 1, Remainder.KEEP), new StatefulTbptt(13, 4, Remainder.KEEP));
    }

    @Test
    void trainsAndRecordsTheLastEpochsBatchCosts() {
        TrainingResult r = Trainer.train(new StatefulFullGraph(T, 4, 3, Remainder.KEEP), DATA, CONFIG);
        assertEquals(3, r.epochs().size());
        assertEquals(r.plan().batches(), r.batchCosts().batches());
        assertEquals(
                r.plan().timestepsPerEpoch(),
                Arrays.stream(r.batchCosts().timesteps()).sum());
        assertEquals(
                r.plan().largestWorkspaceBytes(),
                Arrays.stream(r.batchCosts().activationBytes()).max().orElseThrow());
    }

    @Test
    void refusesAnEpochOverTheWorkBound() {
        StrategyException e = assertThrows(
                StrategyException.class,
                () -> new StatefulFullGraph(1, 1, 1000, Remainder.KEEP).plan(400, new EpochSeed(0, 1)));
        assertTrue(
                e.getMessage().contains("max-chunks=1000")
                        && e.getMessage().contains(StatefulFullGraph.WORK_BOUND + " x"),
                e.getMessage());
        List.of(1, 8, 64).forEach(m -> new StatefulFullGraph(T, 4, m, Remainder.KEEP).plan(400, new EpochSeed(0, 1)));
    }
}
