package lstmbench.strategies.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelParams;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.TestData;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.kinds.ChunkedReset;
import lstmbench.strategies.kinds.FullBptt;
import lstmbench.strategies.kinds.Shuffled;
import lstmbench.strategies.kinds.StatefulTbptt;
import lstmbench.strategies.kinds.TbpttOverlap;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.plan.Remainder;
import org.junit.jupiter.api.Test;

/**
 * Three equivalences between strategies, each checked on the plans and on training itself (weights
 * after several epochs bitwise equal, per-epoch losses equal):
 *
 * <pre>
 * stateful-tbptt with one stream and T &gt;= the series length = full-bptt (same loss, same gradients);
 * tbptt-overlap with k1 = k2 = stateful-tbptt;
 * shuffled over chunks with the shuffle off = chunked-reset.
 * </pre>
 *
 * <p>And the counterpart that shows the first one is not vacuous: with T shorter than the series
 * the cut gradient differs from the full one while the loss (forward values) stays the same.
 */
class EquivalenceTest {
    static final ForecastData DATA = TestData.sine(400, 3);
    static final int EPOCHS = 4;
    static final TrainingConfig CONFIG = new TrainingConfig(6, new OptimizerChoice.AdamChoice(), 0.01, 1.0, EPOCHS, 9);

    static void assertTrainsIdentically(Strategy a, Strategy b) {
        int n = DATA.trainLength();
        for (int e = 0; e < EPOCHS; e++) {
            assertEquals(
                    a.plan(n, new EpochSeed(e, CONFIG.seed())),
                    b.plan(n, new EpochSeed(e, CONFIG.seed())),
                    "plans of epoch " + e);
        }
        ValidationSetup same = new ValidationSetup(10, java.util.EnumSet.allOf(EvaluationMode.class));
        TrainingResult ra = Trainer.train(a, DATA, CONFIG, same, EpochListener.NONE);
        TrainingResult rb = Trainer.train(b, DATA, CONFIG, same, EpochListener.NONE);
        assertArrayEquals(ra.params().flatten(), rb.params().flatten(), "weights after training");
        for (int e = 0; e < EPOCHS; e++) {
            assertEquals(ra.epochs().get(e).trainLoss(), rb.epochs().get(e).trainLoss());
            assertEquals(ra.epochs().get(e).validationLoss(), rb.epochs().get(e).validationLoss());
            assertEquals(
                    ra.epochs().get(e).windowedValidationLoss(),
                    rb.epochs().get(e).windowedValidationLoss());
            assertEquals(
                    ra.epochs().get(e).maxGradientNorm(), rb.epochs().get(e).maxGradientNorm());
        }
    }

    @Test
    void statefulTbpttWithOneStreamAndTheWholeSeriesAsOneChunkIsFullBptt() {
        int n = DATA.trainLength();
        Strategy stateful = new StatefulTbptt(n + 10, 1, Remainder.KEEP);
        ModelParams p = Initializer.initialize(CONFIG.dims(), 4);
        PlanExecutor ex = new PlanExecutor(CONFIG.dims(), DATA.scaledTrain());
        ModelParams gFull = p.zerosLike(), gStateful = p.zerosLike();
        LstmState zero = LstmState.zeros(1, CONFIG.hiddenSize());
        double lossFull = ex.lossAndGradients(
                p, new FullBptt().plan(n, new EpochSeed(0, 1)).batches().get(0), zero, gFull);
        double lossStateful = ex.lossAndGradients(
                p, stateful.plan(n, new EpochSeed(0, 1)).batches().get(0), zero, gStateful);
        assertEquals(lossFull, lossStateful);
        assertArrayEquals(gFull.flatten(), gStateful.flatten());
        assertTrainsIdentically(stateful, new FullBptt());
    }

    @Test
    void statefulTbpttWithShorterChunksCutsTheGradientButNotTheLoss() {
        int n = DATA.trainLength();
        ModelParams p = Initializer.initialize(CONFIG.dims(), 4);
        ModelParams noUpdate = p.copy();
        PlanExecutor ex = new PlanExecutor(CONFIG.dims(), DATA.scaledTrain());
        double fullLoss = ex.runEpoch(new FullBptt().plan(n, new EpochSeed(0, 1)), noUpdate, new NoUpdate(), 1e9)
                .trainLoss();
        double chunkedLoss = ex.runEpoch(
                        new StatefulTbptt(40, 1, Remainder.KEEP).plan(n, new EpochSeed(0, 1)),
                        noUpdate,
                        new NoUpdate(),
                        1e9)
                .trainLoss();
        assertEquals(fullLoss, chunkedLoss, 1e-6, "carried state reproduces the full forward pass");
        ModelParams gFull = p.zerosLike(), gFirst = p.zerosLike();
        LstmState zero = LstmState.zeros(1, CONFIG.hiddenSize());
        ex.lossAndGradients(
                p, new FullBptt().plan(n, new EpochSeed(0, 1)).batches().get(0), zero, gFull);
        ex.lossAndGradients(
                p,
                new StatefulTbptt(40, 1, Remainder.KEEP)
                        .plan(n, new EpochSeed(0, 1))
                        .batches()
                        .get(0),
                zero,
                gFirst);
        assertFalse(Arrays.equals(gFull.flatten(), gFirst.flatten()));
    }

    @Test
    void tbpttOverlapWithK1EqualToK2IsStatefulTbptt() {
        assertTrainsIdentically(new TbpttOverlap(13, 13, 4, Remainder.KEEP), new StatefulTbptt(13, 4, Remainder.KEEP));
        assertTrainsIdentically(new TbpttOverlap(13, 13, 4, Remainder.DROP), new StatefulTbptt(13, 4, Remainder.DROP));
    }

    @Test
    void shuffledChunksWithTheShuffleOffAreChunkedReset() {
        assertTrainsIdentically(
                new Shuffled(Shuffled.Unit.CHUNKS, 11, 5, Shuffled.Order.SERIES, Remainder.KEEP),
                new ChunkedReset(11, 5, Remainder.KEEP));
    }
}
