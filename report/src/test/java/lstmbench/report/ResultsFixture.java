package lstmbench.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.DatasetFingerprint;
import lstmbench.report.results.Environment;
import lstmbench.report.results.EpochCost;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.RecordedErrors;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunEntry;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunProtocol;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunSetup;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.SelectionMode;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import lstmbench.report.results.SplitSummary;
import lstmbench.report.results.TestMetrics;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;

/**
 * Builds a realistic small results folder (2 datasets, 4 strategies, 3 seeds, one diverged run) for
 * tests.
 *
 * <p>A deterministic, realistic results folder. On {@link #CLEAR_DATASET} stateful-tbptt clearly wins
 * (seed bands apart); on {@link #CLOSE_DATASET} all strategies are within each other's seed bands.
 * One run (CLOSE_DATASET, shuffled, lr 0.03, seed 3) diverged at epoch 4; one run
 * (CLOSE_DATASET, stateful-tbptt, lr 0.03, seed 3) is PENDING in the manifest with no row.
 */
public final class ResultsFixture {
    public static final String EXPERIMENT = "fixture";
    public static final String CLEAR_DATASET = "sine:n=600,period=24";
    public static final String CLOSE_DATASET = "seasonal-ar:n=600,lag=12";
    public static final List<String> STRATEGIES =
            List.of("sliding-window", "chunked-reset", "shuffled", "stateful-tbptt");
    public static final List<Long> SEEDS = List.of(1L, 2L, 3L);
    public static final double CHOSEN_LR = 0.01;
    public static final double OTHER_LR = 0.03;
    public static final int EPOCHS = 8;
    public static final int SERIES_LENGTH = 600;
    public static final int TRAIN_END = 420;
    public static final int VALIDATION_END = 510;
    public static final String COMMAND = "lstmbench run quick --out results/fixture --seeds 3";

    private ResultsFixture() {}

    /** The whole folder as records. */
    public static Results results() {
        List<RunRecord> runs = new ArrayList<>();
        List<CurvePoint> curves = new ArrayList<>();
        List<MemoryPoint> memory = new ArrayList<>();
        List<ForecastPoint> forecasts = new ArrayList<>();
        List<RunEntry> entries = new ArrayList<>();
        for (String dataset : List.of(CLEAR_DATASET, CLOSE_DATASET)) {
            for (String strategy : STRATEGIES) {
                for (long seed : SEEDS) {
                    for (double lr : List.of(CHOSEN_LR, OTHER_LR)) {
                        RunSetup setup = new RunSetup(EXPERIMENT, dataset, strategy, parameters(strategy), seed, lr);
                        RunId id = setup.runId();
                        if (isPending(dataset, strategy, seed, lr)) {
                            entries.add(new RunEntry(id, RunStatus.PENDING));
                            continue;
                        }
                        boolean diverged = isDiverged(dataset, strategy, seed, lr);
                        double floor = floor(dataset, strategy, seed) * (lr == CHOSEN_LR ? 1.0 : 1.3);
                        curves.addAll(curve(id, strategy, floor, diverged));
                        RunRecord run = run(id, setup, lr == CHOSEN_LR, diverged, floor, strategy);
                        runs.add(run);
                        entries.add(new RunEntry(id, run.status()));
                        if (run.chosenForTest()) {
                            memory.addAll(memory(id, strategy));
                            forecasts.addAll(forecasts(id, dataset, strategy, seed));
                        }
                    }
                }
            }
        }
        return new Results(
                Optional.of(manifest(entries)), runs, curves, memory, throughput(), forecasts, series(), splits());
    }

    /** Writes the whole folder into {@code dir} through the module's own writers. */
    public static Path writeTo(Path dir) throws IOException {
        Results results = results();
        ManifestFile.write(dir, results.manifest().orElseThrow());
        ResultsFiles.RUNS.write(dir, results.runs());
        ResultsFiles.CURVES.write(dir, results.curves());
        ResultsFiles.MEMORY.write(dir, results.memory());
        ResultsFiles.THROUGHPUT.write(dir, results.throughput());
        ResultsFiles.FORECASTS.write(dir, results.forecasts());
        ResultsFiles.SERIES.write(dir, results.series());
        ResultsFiles.SPLITS.write(dir, results.splits());
        return dir;
    }

    /** A single OK run chosen for testing, for tests that construct their own results. */
    public static RunRecord chosenRun(
            String dataset, String strategy, long seed, double streamingTestMse, double secondsPerEpoch) {
        RunSetup setup = new RunSetup(EXPERIMENT, dataset, strategy, parameters(strategy), seed, CHOSEN_LR);
        TestMetrics test =
                new TestMetrics(original(streamingTestMse), original(streamingTestMse * 1.25), original(0.9));
        return new RunRecord(
                setup.runId(),
                setup,
                true,
                RunStatus.OK,
                EPOCHS,
                "",
                streamingTestMse,
                streamingTestMse,
                Optional.of(test),
                OptionalInt.of(30),
                new EpochCost(secondsPerEpoch, 420, 3360),
                protocol(EPOCHS, EvaluationMode.STREAMING));
    }

    /**
     * An OK run chosen for testing at {@code learningRate}, selected in {@code mode}, with the given test
     * MSEs in each mode; persistence has test MSE 0.9.
     */
    public static RunRecord chosenRun(
            String dataset,
            String strategy,
            long seed,
            double learningRate,
            double streamingTestMse,
            double windowedTestMse,
            EvaluationMode mode) {
        RunSetup setup = new RunSetup(EXPERIMENT, dataset, strategy, parameters(strategy), seed, learningRate);
        TestMetrics test = new TestMetrics(original(streamingTestMse), original(windowedTestMse), original(0.9));
        double validation = mode == EvaluationMode.STREAMING ? streamingTestMse : windowedTestMse;
        return new RunRecord(
                setup.runId(),
                setup,
                true,
                RunStatus.OK,
                EPOCHS,
                "",
                validation,
                validation,
                Optional.of(test),
                OptionalInt.of(30),
                new EpochCost(0.25, 420, 3360),
                protocol(EPOCHS, mode));
    }

    /** An OK run at {@code learningRate} that was not chosen for testing. */
    public static RunRecord unchosenRun(String dataset, String strategy, long seed, double learningRate) {
        RunSetup setup = new RunSetup(EXPERIMENT, dataset, strategy, parameters(strategy), seed, learningRate);
        return new RunRecord(
                setup.runId(),
                setup,
                false,
                RunStatus.OK,
                EPOCHS,
                "",
                0.5,
                0.5,
                Optional.empty(),
                OptionalInt.empty(),
                new EpochCost(0.25, 420, 3360),
                protocol(EPOCHS, EvaluationMode.STREAMING));
    }

    /** A run at {@code learningRate} that diverged at {@code epoch} and was not chosen. */
    public static RunRecord divergedRun(String dataset, String strategy, long seed, double learningRate, int epoch) {
        RunSetup setup = new RunSetup(EXPERIMENT, dataset, strategy, parameters(strategy), seed, learningRate);
        return new RunRecord(
                setup.runId(),
                setup,
                false,
                RunStatus.DIVERGED,
                epoch,
                "loss became NaN",
                Double.NaN,
                Double.NaN,
                Optional.empty(),
                OptionalInt.empty(),
                new EpochCost(0.3, 420, 3360),
                unchosenProtocol());
    }

    /** A run chosen for testing that diverged (every learning rate of its seed diverged). */
    public static RunRecord divergedRun(String dataset, String strategy, long seed, int epoch) {
        RunSetup setup = new RunSetup(EXPERIMENT, dataset, strategy, parameters(strategy), seed, CHOSEN_LR);
        return new RunRecord(
                setup.runId(),
                setup,
                true,
                RunStatus.DIVERGED,
                epoch,
                "loss became NaN",
                Double.NaN,
                Double.NaN,
                Optional.empty(),
                OptionalInt.empty(),
                new EpochCost(0.3, 420, 3360),
                unchosenProtocol());
    }

    /** The protocol columns of a completed run whose best checkpoint is {@code epoch} in {@code mode}. */
    public static RunProtocol protocol(int epoch, EvaluationMode mode) {
        return new RunProtocol(
                "epochs=" + EPOCHS,
                SelectionMode.VALIDATION,
                24,
                OptionalInt.of(epoch),
                Optional.of(mode),
                EPOCHS * 100L,
                EPOCHS * 420L,
                EPOCHS * 0.25,
                EPOCHS * 0.05);
    }

    /** The protocol columns of a run that did not complete: no checkpoint was chosen. */
    public static RunProtocol unchosenProtocol() {
        return new RunProtocol(
                "epochs=" + EPOCHS,
                SelectionMode.VALIDATION,
                24,
                OptionalInt.empty(),
                Optional.empty(),
                300,
                1260,
                0.75,
                0.15);
    }

    public static String parameters(String strategy) {
        return switch (strategy) {
            case "sliding-window", "shuffled" -> "W=24, batch=32";
            case "chunked-reset" -> "T=48, batch=8";
            default -> "T=48, B=8";
        };
    }

    private static boolean isDiverged(String dataset, String strategy, long seed, double lr) {
        return dataset.equals(CLOSE_DATASET) && strategy.equals("shuffled") && seed == 3 && lr == OTHER_LR;
    }

    private static boolean isPending(String dataset, String strategy, long seed, double lr) {
        return dataset.equals(CLOSE_DATASET) && strategy.equals("stateful-tbptt") && seed == 3 && lr == OTHER_LR;
    }

    private static double floor(String dataset, String strategy, long seed) {
        double spread = 1.0 + 0.04 * (seed - 2);
        if (dataset.equals(CLOSE_DATASET)) {
            return 0.10 * (1.0 + 0.15 * (seed - 2)) * (1.0 + 0.01 * STRATEGIES.indexOf(strategy));
        }
        double base = switch (strategy) {
            case "stateful-tbptt" -> 0.02;
            case "chunked-reset" -> 0.05;
            case "shuffled" -> 0.06;
            default -> 0.08;
        };
        return base * spread;
    }

    private static double secondsPerEpoch(String strategy) {
        return strategy.equals("sliding-window") ? 2.0 : strategy.equals("shuffled") ? 0.3 : 0.25;
    }

    private static long timestepsPerEpoch(String strategy) {
        return strategy.equals("sliding-window") || strategy.equals("shuffled") ? (long) TRAIN_END * 24 : TRAIN_END;
    }

    private static long updatesPerEpoch(String strategy) {
        return strategy.equals("sliding-window") || strategy.equals("shuffled") ? 60 : 8;
    }

    private static List<CurvePoint> curve(RunId id, String strategy, double floor, boolean diverged) {
        List<CurvePoint> points = new ArrayList<>();
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            boolean nan = diverged && epoch == 4;
            double loss = nan ? Double.NaN : floor + (1.0 - floor) * Math.exp(-1.2 * epoch);
            long updates = updatesPerEpoch(strategy);
            points.add(new CurvePoint(
                    id,
                    epoch,
                    nan ? Double.NaN : loss * 1.1,
                    loss,
                    epoch * secondsPerEpoch(strategy),
                    epoch * timestepsPerEpoch(strategy),
                    nan ? Double.NaN : 1.0 / epoch,
                    nan ? Double.NaN : loss * 1.05,
                    updates,
                    epoch * updates,
                    0.05));
            if (nan) {
                break;
            }
        }
        return points;
    }

    private static RunRecord run(
            RunId id, RunSetup setup, boolean chosen, boolean diverged, double floor, String strategy) {
        EpochCost cost =
                new EpochCost(secondsPerEpoch(strategy), timestepsPerEpoch(strategy), timestepsPerEpoch(strategy) * 8);
        if (diverged) {
            return new RunRecord(
                    id,
                    setup,
                    chosen,
                    RunStatus.DIVERGED,
                    4,
                    "validation loss became NaN",
                    Double.NaN,
                    Double.NaN,
                    Optional.empty(),
                    OptionalInt.empty(),
                    cost,
                    unchosenProtocol());
        }
        double finalLoss = floor + (1.0 - floor) * Math.exp(-1.2 * EPOCHS);
        Optional<TestMetrics> test = Optional.empty();
        OptionalInt horizon = OptionalInt.empty();
        if (chosen) {
            double penalty = strategy.equals("stateful-tbptt") ? 1.4 : 1.02;
            test = Optional.of(
                    new TestMetrics(errors(finalLoss * 1.1), errors(finalLoss * 1.1 * penalty), errors(0.3)));
            horizon = OptionalInt.of(switch (strategy) {
                        case "stateful-tbptt" -> 90;
                        case "chunked-reset" -> 40;
                        default -> 24;
                    }
                    + (int) setup.seed());
        }
        return new RunRecord(
                id,
                setup,
                chosen,
                RunStatus.OK,
                EPOCHS,
                "",
                finalLoss * 1.1,
                finalLoss,
                test,
                horizon,
                cost,
                protocol(
                        EPOCHS,
                        strategy.equals("stateful-tbptt") ? EvaluationMode.STREAMING : EvaluationMode.WINDOWED));
    }

    /** Errors whose original-scale MSE is {@code mse} (scaled by a variance of 4). */
    private static RecordedErrors original(double mse) {
        return new RecordedErrors(mse, Math.sqrt(mse), mse / 4, Math.sqrt(mse) / 2, Math.sqrt(mse) / 0.4);
    }

    private static RecordedErrors errors(double mseScaled) {
        double variance = 4.0;
        double maeScaled = Math.sqrt(mseScaled) * 0.8;
        return new RecordedErrors(mseScaled * variance, maeScaled * 2.0, mseScaled, maeScaled, maeScaled / 0.5);
    }

    private static List<MemoryPoint> memory(RunId id, String strategy) {
        List<MemoryPoint> points = new ArrayList<>();
        double decay = strategy.equals("stateful-tbptt") ? 30.0 : 8.0;
        for (int k = 0; k <= 100; k += 5) {
            points.add(new MemoryPoint(id, MemoryProbe.INPUT_SENSITIVITY, k, Math.exp(-k / decay)));
        }
        for (int lag = 1; lag <= 128; lag *= 2) {
            double reach = strategy.equals("stateful-tbptt") ? 48 : 24;
            points.add(new MemoryPoint(id, MemoryProbe.LAG_R2, lag, lag <= reach ? 0.9 : 0.05));
        }
        points.add(new MemoryPoint(id, MemoryProbe.ACTIVATION_BYTES_PER_BATCH, 0, 48 * 8 * 64 * 8));
        points.add(new MemoryPoint(id, MemoryProbe.PEAK_HEAP_BYTES, 0, 64e6));
        return points;
    }

    private static List<ForecastPoint> forecasts(RunId id, String dataset, String strategy, long seed) {
        List<ForecastPoint> points = new ArrayList<>();
        double error = 0.05 * (1 + STRATEGIES.indexOf(strategy)) * seed;
        for (int i = VALIDATION_END; i < SERIES_LENGTH; i++) {
            double actual = value(dataset, i);
            points.add(new ForecastPoint(
                    id, Split.TEST, i, actual, actual + error * Math.sin(i), EvaluationMode.STREAMING));
            points.add(new ForecastPoint(
                    id, Split.TEST, i, actual, actual + 2 * error * Math.sin(i), EvaluationMode.WINDOWED));
        }
        return points;
    }

    private static List<SeriesPoint> series() {
        List<SeriesPoint> points = new ArrayList<>();
        for (String dataset : List.of(CLEAR_DATASET, CLOSE_DATASET)) {
            for (int i = 0; i < SERIES_LENGTH; i++) {
                Split split = i < TRAIN_END ? Split.TRAIN : i < VALIDATION_END ? Split.VALIDATION : Split.TEST;
                points.add(new SeriesPoint(dataset, i, value(dataset, i), split));
            }
        }
        return points;
    }

    /** splits.csv of the fixture: the series is whole, so its statistics are those of series(). */
    private static List<SplitSummary> splits() {
        List<SplitSummary> summaries = new ArrayList<>();
        for (String dataset : List.of(CLEAR_DATASET, CLOSE_DATASET)) {
            int[] bounds = {0, TRAIN_END, VALIDATION_END, SERIES_LENGTH};
            for (Split split : Split.values()) {
                SplitSummary.Accumulator part = SplitSummary.accumulate(dataset, split);
                for (int i = bounds[split.ordinal()]; i < bounds[split.ordinal() + 1]; i++) {
                    part.add(i, value(dataset, i));
                }
                summaries.add(part.summary().orElseThrow());
            }
        }
        return summaries;
    }

    private static double value(String dataset, int i) {
        return dataset.equals(CLEAR_DATASET)
                ? 10 + 2 * Math.sin(2 * Math.PI * i / 24.0)
                : 5 + Math.sin(2 * Math.PI * i / 12.0) + 0.3 * Math.cos(i * 1.7);
    }

    private static List<ThroughputRecord> throughput() {
        List<ThroughputRecord> rows = new ArrayList<>();
        for (int h : List.of(10, 32, 64, 128)) {
            for (int b : List.of(1, 32, 128)) {
                String params = "H=" + h + ", B=" + b + ", T=50";
                double flops = 2.0 * 4 * h * (h + 1) * b * 50 * 3;
                double kernel = 2e6 * b / (h * (b + 8.0));
                rows.add(new ThroughputRecord(
                        "KernelBench.forwardBackward",
                        BenchmarkSubject.KERNEL,
                        ThroughputMetric.TIMESTEPS_PER_SECOND,
                        params,
                        kernel,
                        kernel * 0.05,
                        Double.NaN,
                        "timesteps/s"));
                rows.add(new ThroughputRecord(
                        "KernelBench.forwardBackward",
                        BenchmarkSubject.KERNEL,
                        ThroughputMetric.GFLOPS,
                        params,
                        kernel * flops / (b * 50) / 1e9,
                        0.01,
                        Double.NaN,
                        "GFLOP/s"));
                rows.add(new ThroughputRecord(
                        "Dl4jLstmBench.forwardBackward",
                        BenchmarkSubject.DL4J_LSTM,
                        ThroughputMetric.TIMESTEPS_PER_SECOND,
                        params,
                        kernel / 8,
                        kernel * 0.01,
                        Double.NaN,
                        "timesteps/s"));
                rows.add(new ThroughputRecord(
                        "GemmBench.recurrentProduct",
                        BenchmarkSubject.GEMM,
                        ThroughputMetric.GFLOPS,
                        params,
                        20.0,
                        0.5,
                        Double.NaN,
                        "GFLOP/s"));
                rows.add(new ThroughputRecord(
                        "GemmBench.cblasSgemm",
                        BenchmarkSubject.BLAS_GEMM,
                        ThroughputMetric.GFLOPS,
                        params,
                        40.0,
                        0.5,
                        Double.NaN,
                        "GFLOP/s"));
            }
        }
        for (String strategy : STRATEGIES) {
            String params = "strategy=" + strategy + ", n=47249";
            rows.add(new ThroughputRecord(
                    "StrategyEpochBench.epoch",
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.SECONDS_PER_OP,
                    params,
                    secondsPerEpoch(strategy) * 80,
                    1.5,
                    Double.NaN,
                    "s/op"));
            rows.add(new ThroughputRecord(
                    "StrategyEpochBench.epoch",
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    params,
                    timestepsPerEpoch(strategy) / (secondsPerEpoch(strategy) * 80),
                    100.0,
                    Double.NaN,
                    "timesteps/s"));
            rows.add(new ThroughputRecord(
                    "StrategyEpochBench.epoch",
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.ALLOC_BYTES_PER_OP,
                    params,
                    timestepsPerEpoch(strategy) * 900.0,
                    Double.NaN,
                    Double.NaN,
                    "B/op"));
            rows.add(new ThroughputRecord(
                    "StrategyEpochBench.epoch",
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.ALLOC_BYTES_PER_STEP,
                    params,
                    48_000.0 * (1 + STRATEGIES.indexOf(strategy)),
                    Double.NaN,
                    Double.NaN,
                    "B/step"));
        }
        return rows;
    }

    private static Manifest manifest(List<RunEntry> entries) {
        ObjectNode configuration = JsonNodeFactory.instance.objectNode();
        configuration.put("name", EXPERIMENT);
        configuration.putArray("datasets").add(CLEAR_DATASET).add(CLOSE_DATASET);
        configuration.put("epochs", EPOCHS);
        configuration.putArray("learningRates").add(CHOSEN_LR).add(OTHER_LR);
        configuration.put("note", "<script>alert('x')</script>");
        Environment environment = new Environment(
                "Eclipse Adoptium OpenJDK 64-Bit Server VM 17.0.15",
                "Linux 6.1 (amd64)",
                "AMD EPYC 7B13",
                2,
                "nd4j-native CPU",
                "OpenBLAS 0.3.21",
                "OMP_NUM_THREADS=1, workers=2",
                Optional.of("node-1"));
        return new Manifest(
                EXPERIMENT,
                configuration,
                environment,
                "0.1.0-SNAPSHOT",
                "abc1234",
                Instant.parse("2026-01-02T03:04:05Z"),
                Optional.of(Instant.parse("2026-01-02T03:14:05Z")),
                entries,
                COMMAND,
                List.of(
                        new DatasetFingerprint(CLEAR_DATASET, "0".repeat(64), Optional.empty()),
                        new DatasetFingerprint(CLOSE_DATASET, "f".repeat(64), Optional.of("a".repeat(64)))),
                Optional.empty(),
                List.of());
    }
}
