package lstmbench.harness.bench;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lstmbench.datasets.spec.DatasetSpecs;
import lstmbench.datasets.split.SplitFractions;
import lstmbench.kernel.FloatArray;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.ModelParams;
import lstmbench.kernel.Optimizer;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.StrategyRegistry;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;
import lstmbench.strategies.training.PlanExecutor;
import lstmbench.strategies.training.TrainingConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * JMH: one training epoch of a strategy, the cost a user pays per pass over the data. The series is
 * the size of the original question (SERIES: 47,249 points, seasonal AR), split 70/15/15 with the
 * scaler fitted on the training part; the epoch runs over the 33,074-point scaled training part
 * with the trainer's own loop (PlanExecutor.runEpoch: forward, backward, clipping, Adam step per
 * batch) and TrainingConfig.defaults() (H = 32, Adam at 1e-3, clip 1, seed 1). Each strategy is at
 * its registry defaults; the {@code @Param} holds registry spec strings (a name alone means
 * defaults).
 *
 * <p>One operation = one epoch (the plan of epoch 0, built before timing like the Trainer does), in
 * single-shot mode: epochs last from about 0.2 s (chunked layouts) to several seconds (sliding
 * windows, which run W times the timesteps). Before every epoch the weights are restored from the
 * seeded initial copy and a fresh Adam is taken, so every measured epoch trains the same weights
 * from the same optimiser state. The fresh optimisers are built at trial setup (one per iteration
 * the trial will run), so their ND4J arrays are neither timed nor counted in the epoch's
 * allocation (-prof gc's gc.alloc.rate.norm = bytes allocated per epoch).
 *
 * <p>Timesteps per epoch (EpochPlan.timesteps(): B x T summed over the batches, steps without loss
 * included) come from the same plan, see timestepsPerEpoch; the suite divides them by the time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Djava.awt.headless=true", "--add-modules=jdk.incubator.vector"})
public class StrategyEpoch {
    /** The benchmark series: the length of the original question's series. */
    public static final String SERIES = "synthetic:seasonal-ar?lag=24&length=47249&seed=1";

    /** The training run every epoch belongs to: model size, optimiser, clipping and seed. */
    static final TrainingConfig CONFIG = TrainingConfig.defaults();

    /** The trainer, its plan, the weights and the optimisers of one strategy's trial. */
    @State(Scope.Thread)
    public static class Epoch {
        @Param({
            "sliding-window",
            "chunked-reset",
            "shuffled",
            "stateful-tbptt",
            "tbptt-overlap",
            "stateful-burn-in",
            "random-offset",
            "stateful-full-graph",
            "full-bptt"
        })
        public String strategy;

        PlanExecutor executor;
        EpochPlan plan;
        ModelParams initial;
        ModelParams params;
        Deque<Optimizer> freshOptimizers;
        Optimizer optimizer;

        @Setup(Level.Trial)
        public void prepare(BenchmarkParams jmh) {
            float[] train = TrainingSeries.SCALED;
            executor = new PlanExecutor(CONFIG.dims(), train);
            plan = plan(strategy, train.length);
            initial = Initializer.initialize(CONFIG.dims(), CONFIG.seed());
            params = initial.copy();
            compileTheKernel(executor, plan, initial);
            int epochs = jmh.getWarmup().getCount() * jmh.getWarmup().getBatchSize()
                    + jmh.getMeasurement().getCount() * jmh.getMeasurement().getBatchSize();
            freshOptimizers = new ArrayDeque<>(epochs);
            for (int i = 0; i < epochs; i++) {
                freshOptimizers.add(CONFIG.optimizer().create(CONFIG.dims(), CONFIG.learningRate()));
            }
        }

        @Setup(Level.Invocation)
        public void resetWeightsAndOptimiser() {
            List<FloatArray> pristine = initial.tensors(), weights = params.tensors();
            for (int k = 0; k < weights.size(); k++) {
                weights.get(k).copyFrom(pristine.get(k));
            }
            optimizer = freshOptimizers.poll();
            if (optimizer == null) {
                throw new IllegalStateException("more epochs than the trial's iterations; build more optimisers");
            }
        }
    }

    /**
     * Trains epochs of the trial's plan on a scratch copy of the weights for at least
     * {@link #COMPILE_WARMUP} before JMH's own iterations. A single-shot warmup is one epoch per
     * iteration, and a chunked layout's epoch lasts a few tens of milliseconds: without this the
     * measured epochs ran the Vector API gate loops before C2 had compiled them (boxed, at a fraction
     * of their speed), which took 2 to 3 s of kernel work at B = 32 in the chunk benchmarks, and the
     * epoch looked several times slower than the kernel alone. Not timed, not counted in the
     * allocation per epoch.
     */
    static void compileTheKernel(PlanExecutor executor, EpochPlan plan, ModelParams initial) {
        ModelParams scratch = initial.copy();
        long end = System.nanoTime() + COMPILE_WARMUP.toNanos();
        do {
            executor.runEpoch(
                    plan, scratch, CONFIG.optimizer().create(CONFIG.dims(), CONFIG.learningRate()), CONFIG.clipNorm());
        } while (System.nanoTime() < end);
    }

    /** How long an epoch trial trains before it is measured (see compileTheKernel). */
    static final java.time.Duration COMPILE_WARMUP = java.time.Duration.ofSeconds(4);

    @Benchmark
    public PlanExecutor.EpochOutcome epoch(Epoch e) {
        PlanExecutor.EpochOutcome outcome = e.executor.runEpoch(e.plan, e.params, e.optimizer, CONFIG.clipNorm());
        if (outcome.divergence().isPresent()) {
            throw new IllegalStateException(e.strategy + " diverged in the benchmark epoch: " + outcome.divergence());
        }
        return outcome;
    }

    /** Timesteps (B x T over all batches) of one epoch of the strategy spec on the benchmark series. */
    public static long timestepsPerEpoch(String strategySpec) {
        return plan(strategySpec, TrainingSeries.SCALED.length).timesteps();
    }

    /** Training steps (batches, one optimiser update each) of one epoch of the strategy spec on the benchmark series. */
    public static int stepsPerEpoch(String strategySpec) {
        return plan(strategySpec, TrainingSeries.SCALED.length).batches().size();
    }

    /**
     * The batch shape B x T that carries the most of one epoch's timesteps (the strategy's nominal
     * shape: a chunked layout's full batches, not its smaller remainder batch); ties go to the larger
     * B, then the larger T. The report compares the epoch's timesteps per second with the kernel's at
     * this shape.
     */
    public static BatchShape dominantShape(String strategySpec) {
        Map<BatchShape, Long> timesteps = new HashMap<>();
        for (BatchSpec batch : plan(strategySpec, TrainingSeries.SCALED.length).batches()) {
            timesteps.merge(new BatchShape(batch.rows(), batch.length()), batch.timesteps(), Long::sum);
        }
        return timesteps.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<BatchShape, Long> e) -> e.getValue())
                        .thenComparingInt(e -> e.getKey().batch())
                        .thenComparingInt(e -> e.getKey().time()))
                .orElseThrow()
                .getKey();
    }

    /** A batch's shape: B rows (streams, windows or chunks) of T steps. */
    public record BatchShape(int batch, int time) {}

    /** The plan of epoch 0 of the strategy, as the Trainer builds it. */
    static EpochPlan plan(String strategySpec, int trainLength) {
        Strategy s = StrategyRegistry.parse(strategySpec);
        return s.plan(trainLength, new EpochSeed(0, CONFIG.seed()));
    }

    /** The scaled training part of SERIES at the default split, loaded once per JVM. */
    static final class TrainingSeries {
        static final float[] SCALED = ForecastData.of(DatasetSpecs.load(SERIES), SplitFractions.DEFAULT)
                .scaledTrain();

        private TrainingSeries() {}
    }
}
