package lstmbench.harness.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lstmbench.datasets.spec.DatasetSpecs;
import lstmbench.datasets.spec.SyntheticSpec;
import lstmbench.datasets.synthetic.SeasonalAr;
import lstmbench.harness.config.ExperimentConfig;
import lstmbench.harness.config.ExperimentConfig.SavedForecasts;
import lstmbench.harness.run.ExperimentPlan.RunGroup;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.EpochCost;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.RecordedErrors;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunProtocol;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunSetup;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.TestForecasts;
import lstmbench.report.results.TestMetrics;
import lstmbench.strategies.TrainingSpan;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.ForecastErrors;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.evaluation.PartErrors;
import lstmbench.strategies.evaluation.PartForecasts;
import lstmbench.strategies.memory.InputSensitivity;
import lstmbench.strategies.memory.LagR2;
import lstmbench.strategies.memory.SensitivityCurve;
import lstmbench.strategies.selection.Candidate;
import lstmbench.strategies.selection.ChosenRun;
import lstmbench.strategies.selection.LearningRateSearch;
import lstmbench.strategies.selection.SelectionMode;
import lstmbench.strategies.selection.SelectionResult;
import lstmbench.strategies.training.BatchCosts;
import lstmbench.strategies.training.Checkpoint;
import lstmbench.strategies.training.EpochListener;
import lstmbench.strategies.training.EpochRecord;
import lstmbench.strategies.training.OptimizerChoice;
import lstmbench.strategies.training.TrainingConfig;
import lstmbench.strategies.training.TrainingOutcome;
import lstmbench.strategies.training.TrainingResult;
import lstmbench.strategies.training.ValidationSetup;

/**
 * Runs one group (dataset, strategy, seed) over the learning-rate grid through the strategies
 * module's shared trainer and learning-rate search, and turns what it returns into results-file
 * records: a runs.csv row per learning rate (test metrics only on the chosen one, scored on its
 * chosen checkpoint), the curve of every run, and the chosen checkpoint's test forecasts in both
 * evaluation modes; the windowed ones with the strategy's trained window (evaluation.window where
 * it has none), the window its validation used. Checkpoints may be chosen in the modes
 * selection.mode allows (SelectionMode); the budget and patience come from the experiment. And the
 * memory probes as memory.csv points:
 *
 * <pre>
 * LAG_R2 (chosen run, seasonal-AR datasets only; x = planted lag L): LagR2.ofChosen, the chosen
 *   checkpoint's test R^2 in the mode it was chosen in on validation (runs.csv selected_mode),
 *   (MSE_without_lag - MSE_model) / (MSE_without_lag - MSE_noise_floor), original-scale MSEs,
 *   references = the generator's two exact forecasters (mean 0; phi s_{t-L}) on the same test
 *   targets (LagR2.onTargets). Other datasets get no LAG_R2 point.
 * INPUT_SENSITIVITY (chosen run; x = k = 0 .. K steps back, value = fraction of the peak): the
 *   InputSensitivity probe over the test part in the same selected mode (windowed: zero state over
 *   the run's window W, so the curve is 0 from k = W on and the horizon at most W), 64 evenly
 *   spaced prediction steps; K = evaluation.sensitivityLags, or 4 x max(W_eval, the strategy's
 *   TrainingSpan) when 0. Its memory horizon goes into the run's runs.csv row (memory_horizon).
 * ACTIVATION_BYTES_PER_BATCH (every run; x = 0): the largest kernel workspace one batch needs
 *   (LstmCache + head buffers, float32), PlanSummary.largestWorkspaceBytes.
 * BATCH_SECONDS, BATCH_ACTIVATION_BYTES (chosen run of a strategy that carries state; x = batch
 *   index k): each batch's seconds and workspace bytes in the run's last complete epoch
 *   (TrainingResult.batchCosts), the cost curve that grows with k for stateful-full-graph.
 * PEAK_HEAP_BYTES (every run; x = 0): JVM heap peak while the group's learning-rate grid
 *   trained: every heap memory pool's peak is reset when the group starts and the pools' peaks
 *   are summed when its training ends (an upper bound of the peak of the sum). Runs of a group
 *   train one after another, so its runs share the value. The JVM heap is shared: with more than
 *   one worker the peak includes other groups' concurrent runs (and a starting group resets the
 *   peaks under a running one), so it is a per-run figure only with --workers 1.
 * </pre>
 */
public final class GroupExecutor {
    private final ExperimentConfig config;

    public GroupExecutor(ExperimentConfig config) {
        this.config = config;
    }

    /** The run ids a group will write, one per learning rate, in grid order. */
    public List<RunId> runIds(RunGroup group) {
        return config.learningRates().stream()
                .map(lr -> setup(group, lr).runId())
                .toList();
    }

    public GroupOutcome execute(RunGroup group, EpochListener listener) {
        HeapPeak.reset();
        ValidationSetup validation = validationSetup(group);
        SelectionResult selection = LearningRateSearch.run(
                group.strategy(),
                group.dataset().data(),
                trainingConfig(group.seed()),
                config.learningRates(),
                validation,
                listener);
        long peakHeap = HeapPeak.read();
        List<RunRecord> runs = new ArrayList<>();
        List<CurvePoint> curves = new ArrayList<>();
        List<ForecastPoint> forecasts = new ArrayList<>();
        List<TestForecasts> allForecasts = new ArrayList<>();
        List<MemoryPoint> memory = new ArrayList<>();
        for (Candidate candidate : selection.candidates()) {
            RunSetup setup = setup(group, candidate.learningRate());
            RunId id = setup.runId();
            TrainingResult training = candidate.training();
            boolean chosen = selection
                    .chosen()
                    .map(c -> c.learningRate() == candidate.learningRate())
                    .orElse(false);
            Optional<TestMetrics> test = selection.chosen().filter(c -> chosen).map(c -> testMetrics(c.test()));
            OptionalInt horizon = OptionalInt.empty();
            if (chosen) {
                horizon =
                        OptionalInt.of(modelMemory(id, group, selection.chosen().orElseThrow(), memory));
                if (group.strategy() instanceof TrainingSpan span && span.carriesState()) {
                    batchCosts(id, training.batchCosts(), memory);
                }
            }
            runs.add(record(id, setup, chosen, candidate, test, horizon, protocolOf(candidate)));
            memory.add(new MemoryPoint(
                    id,
                    MemoryProbe.ACTIVATION_BYTES_PER_BATCH,
                    0,
                    training.plan().largestWorkspaceBytes()));
            memory.add(new MemoryPoint(id, MemoryProbe.PEAK_HEAP_BYTES, 0, peakHeap));
            for (EpochRecord e : training.epochs()) {
                curves.add(new CurvePoint(
                        id,
                        e.epoch() + 1,
                        e.trainLoss(),
                        e.validationLoss(),
                        e.elapsedSeconds(),
                        e.cumulativeTimesteps(),
                        e.meanGradientNorm(),
                        e.windowedValidationLoss(),
                        e.optimizerSteps(),
                        e.cumulativeOptimizerSteps(),
                        e.evaluationSeconds()));
            }
            if (chosen) {
                TestForecasts all = testForecasts(
                        id, selection.chosen().orElseThrow(), group.dataset().data());
                forecasts.addAll(stretch(all));
                if (config.evaluation().saveForecasts() == SavedForecasts.ALL) {
                    allForecasts.add(all);
                }
            }
        }
        return new GroupOutcome(runs, curves, forecasts, memory, allForecasts);
    }

    /** BATCH_SECONDS and BATCH_ACTIVATION_BYTES at x = k for every batch k of the last complete epoch. */
    private static void batchCosts(RunId id, BatchCosts costs, List<MemoryPoint> memory) {
        for (int k = 0; k < costs.batches(); k++) {
            memory.add(new MemoryPoint(id, MemoryProbe.BATCH_SECONDS, k, costs.seconds(k)));
        }
        for (int k = 0; k < costs.batches(); k++) {
            memory.add(new MemoryPoint(id, MemoryProbe.BATCH_ACTIVATION_BYTES, k, costs.activationBytes(k)));
        }
    }

    /** Adds the chosen run's LAG_R2 (seasonal AR only) and INPUT_SENSITIVITY points; returns its memory horizon. */
    private int modelMemory(RunId id, RunGroup group, ChosenRun chosen, List<MemoryPoint> memory) {
        ForecastData data = group.dataset().data();
        seasonalAr(group.dataset().loadedSpec())
                .filter(process -> process.lag() <= data.testStart())
                .ifPresent(process -> memory.add(new MemoryPoint(
                        id,
                        MemoryProbe.LAG_R2,
                        process.lag(),
                        LagR2.ofChosen(chosen, LagR2.onTargets(process, data, Part.TEST)))));
        int maxLag = InputSensitivity.maxLag(
                config.evaluation().sensitivityLags(),
                group.strategy(),
                data.trainLength(),
                config.evaluation().window(),
                data.testStart());
        SensitivityCurve curve =
                InputSensitivity.measure(chosen, data, Part.TEST, maxLag, InputSensitivity.DEFAULT_SAMPLES);
        double[] normalized = curve.normalized();
        for (int k = 0; k < normalized.length; k++) {
            memory.add(new MemoryPoint(id, MemoryProbe.INPUT_SENSITIVITY, k, normalized[k]));
        }
        return curve.horizon();
    }

    /** The seasonal-AR process behind a dataset specification, when it is one. */
    static Optional<SeasonalAr> seasonalAr(String spec) {
        try {
            return DatasetSpecs.parse(spec) instanceof SyntheticSpec s && s.process() instanceof SeasonalAr ar
                    ? Optional.of(ar)
                    : Optional.empty();
        } catch (RuntimeException notASpec) {
            return Optional.empty();
        }
    }

    /** The JVM-wide heap peak: every heap pool's peak reset, later summed (see the class comment). */
    static final class HeapPeak {
        private HeapPeak() {}

        static void reset() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                    pool.resetPeakUsage();
                }
            }
        }

        static long read() {
            long sum = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                    sum += pool.getPeakUsage().getUsed();
                }
            }
            return sum;
        }
    }

    TrainingConfig trainingConfig(long seed) {
        OptimizerChoice optimizer = switch (config.optimizer().type()) {
            case ADAM -> new OptimizerChoice.AdamChoice();
            case SGD -> new OptimizerChoice.SgdChoice(config.optimizer().momentum());
        };
        return new TrainingConfig(
                config.model().hiddenSize(),
                optimizer,
                config.learningRates().get(0),
                config.optimizer().clipNorm(),
                config.trainingBudget(),
                config.selection().patience(),
                seed,
                config.model().head().shape());
    }

    /** The group's windowed-validation window and the modes its checkpoint may be chosen in. */
    ValidationSetup validationSetup(RunGroup group) {
        return new ValidationSetup(
                        ValidationSetup.windowOf(
                                group.strategy(), config.evaluation().window()),
                        selectionMode().modesFor(group.strategy()))
                .forData(group.dataset().data());
    }

    private SelectionMode selectionMode() {
        return SelectionMode.valueOf(config.selection().mode().name());
    }

    private RunProtocol protocolOf(Candidate candidate) {
        TrainingResult t = candidate.training();
        return new RunProtocol(
                t.config().budget().text(),
                lstmbench.report.results.SelectionMode.valueOf(
                        config.selection().mode().name()),
                t.window(),
                candidate.best().map(c -> OptionalInt.of(c.epoch() + 1)).orElse(OptionalInt.empty()),
                candidate.best().map(c -> EvaluationMode.valueOf(c.mode().name())),
                t.optimizerUpdates(),
                t.timesteps(),
                t.trainingSeconds(),
                t.evaluationSeconds());
    }

    private RunSetup setup(RunGroup group, double lr) {
        return new RunSetup(
                config.name(),
                group.dataset().spec(),
                group.strategy().name(),
                group.strategy().parameterText().replace("&", ", "),
                group.seed(),
                lr);
    }

    private static RunRecord record(
            RunId id,
            RunSetup setup,
            boolean chosen,
            Candidate candidate,
            Optional<TestMetrics> test,
            OptionalInt horizon,
            RunProtocol protocol) {
        TrainingResult t = candidate.training();
        List<EpochRecord> epochs = t.epochs();
        double secondsPerEpoch =
                epochs.stream().mapToDouble(EpochRecord::epochSeconds).average().orElse(Double.NaN);
        EpochCost cost = new EpochCost(
                secondsPerEpoch,
                t.plan().timestepsPerEpoch(),
                t.plan().materialized().perEpoch());
        double finalTrain =
                epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).trainLoss();
        double validation = candidate.best().map(Checkpoint::validationLoss).orElse(Double.NaN);
        RunStatus status;
        int epochsRun;
        String detail;
        if (t.outcome() instanceof TrainingOutcome.Diverged d) {
            status = RunStatus.DIVERGED;
            epochsRun = d.epoch() + 1;
            detail = d.cause().name().toLowerCase() + " became non-finite in epoch " + (d.epoch() + 1) + ", batch "
                    + (d.batch() + 1);
            finalTrain = Double.NaN;
        } else {
            status = RunStatus.OK;
            epochsRun = epochs.size();
            detail = "";
        }
        return new RunRecord(
                id,
                setup,
                chosen && status == RunStatus.OK,
                status,
                epochsRun,
                detail,
                finalTrain,
                validation,
                test,
                chosen && status == RunStatus.OK ? horizon : OptionalInt.empty(),
                cost,
                protocol);
    }

    private static TestMetrics testMetrics(PartErrors test) {
        return new TestMetrics(
                errors(test.streaming()), errors(test.windowed()), errors(test.persistence()), test.excludedTargets());
    }

    private static RecordedErrors errors(ForecastErrors e) {
        return new RecordedErrors(e.mseOriginal(), e.maeOriginal(), e.mseScaled(), e.maeScaled(), e.mase());
    }

    /** The chosen run's test forecasts on the original scale, from the forecasts its test errors scored. */
    private static TestForecasts testForecasts(RunId id, ChosenRun chosen, ForecastData data) {
        PartForecasts f = chosen.testForecasts();
        double[] actual = new double[f.length()], streaming = new double[f.length()], windowed = new double[f.length()];
        for (int i = 0; i < f.length(); i++) {
            actual[i] = data.original(f.from() + i);
            streaming[i] = data.scaler().inverse(f.streamingAt(i));
            windowed[i] = data.scaler().inverse(f.windowedAt(i));
        }
        return new TestForecasts(id, f.from(), actual, streaming, windowed);
    }

    /** forecasts.csv's rows of a run: the first SavedForecasts.STRETCH_POINTS test points, both modes. */
    private static List<ForecastPoint> stretch(TestForecasts all) {
        int n = Math.min(all.length(), SavedForecasts.STRETCH_POINTS);
        List<ForecastPoint> points = new ArrayList<>(2 * n);
        for (int i = 0; i < n; i++) {
            points.add(all.point(i, EvaluationMode.STREAMING));
            points.add(all.point(i, EvaluationMode.WINDOWED));
        }
        return points;
    }
}
