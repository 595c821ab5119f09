/*
 * Runs one group (dataset, strategy, seed) over the learning-rate grid through the strategies
 * module's shared trainer and learning-rate search, and turns what it returns into results-file
 * records: a runs.csv row per learning rate (test metrics only on the chosen one), the curve of
 * every run, and the chosen run's test forecasts in both evaluation modes.
 */
package lstmbench.harness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import lstmbench.harness.config.ExperimentConfig;
import lstmbench.harness.run.ExperimentPlan.RunGroup;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.EpochCost;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.ForecastErrors;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunSetup;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.Split;
import lstmbench.report.results.TestMetrics;
import lstmbench.strategies.evaluation.Evaluator;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.evaluation.PartErrors;
import lstmbench.strategies.evaluation.PartForecasts;
import lstmbench.strategies.selection.Candidate;
import lstmbench.strategies.selection.ChosenRun;
import lstmbench.strategies.selection.LearningRateSearch;
import lstmbench.strategies.selection.SelectionResult;
import lstmbench.strategies.training.EpochListener;
import lstmbench.strategies.training.EpochRecord;
import lstmbench.strategies.training.OptimizerChoice;
import lstmbench.strategies.training.TrainingConfig;
import lstmbench.strategies.training.TrainingResult;

public final class GroupExecutor {
    private final ExperimentConfig config;

    public GroupExecutor(ExperimentConfig config) {
        this.config = config;
    }

    /** The run ids a group will write, one per learning rate, in grid order. */
    public List<RunId> runIds(RunGroup group) {
        return config.learningRates().stream().map(lr -> setup(group, lr).runId()).toList();
    }

    public GroupOutcome execute(RunGroup group, EpochListener listener) {
        int window = config.evaluation().window();
        SelectionResult selection = LearningRateSearch.run(group.strategy(), group.dataset().data(),
                trainingConfig(group.seed()), config.learningRates(), window, listener);
        List<RunRecord> runs = new ArrayList<>();
        List<CurvePoint> curves = new ArrayList<>();
        List<ForecastPoint> forecasts = new ArrayList<>();
        for (Candidate candidate : selection.candidates()) {
            RunSetup setup = setup(group, candidate.learningRate());
            RunId id = setup.runId();
            TrainingResult training = candidate.training();
            boolean chosen = selection.chosen().map(c -> c.learningRate() == candidate.learningRate()).orElse(false);
            java.util.Optional<TestMetrics> test = selection.chosen()
                    .filter(c -> chosen)
                    .map(c -> testMetrics(c.test()));
            runs.add(record(id, setup, chosen, training, test));
            for (EpochRecord e : training.epochs()) {
                curves.add(new CurvePoint(id, e.epoch() + 1, e.trainLoss(), e.validationLoss(), e.elapsedSeconds(),
                        e.cumulativeTimesteps(), e.meanGradientNorm()));
            }
            if (chosen) {
                forecasts.addAll(forecastPoints(id, selection.chosen().orElseThrow(), group.dataset().data(), window));
            }
        }
        return new GroupOutcome(runs, curves, forecasts, List.of());
    }

    TrainingConfig trainingConfig(long seed) {
        OptimizerChoice optimizer = switch (config.optimizer().type()) {
            case ADAM -> new OptimizerChoice.AdamChoice();
            case SGD -> new OptimizerChoice.SgdChoice(config.optimizer().momentum());
        };
        return new TrainingConfig(config.model().hiddenSize(), optimizer, config.learningRates().get(0),
                config.optimizer().clipNorm(), config.epochs(), seed);
    }

    private RunSetup setup(RunGroup group, double lr) {
        return new RunSetup(config.name(), group.dataset().spec(), group.strategy().name(),
                group.strategy().parameterText().replace("&", ", "), group.seed(), lr);
    }

    private static RunRecord record(RunId id, RunSetup setup, boolean chosen, TrainingResult t,
                                    java.util.Optional<TestMetrics> test) {
        List<EpochRecord> epochs = t.epochs();
        double secondsPerEpoch = epochs.stream().mapToDouble(EpochRecord::epochSeconds).average().orElse(Double.NaN);
        EpochCost cost = new EpochCost(secondsPerEpoch, t.plan().timestepsPerEpoch(),
                t.plan().materialized().perEpoch());
        double finalTrain = epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).trainLoss();
        double validation = epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).validationLoss();
        RunStatus status;
        int epochsRun;
        String detail;
        if (t.status() instanceof lstmbench.strategies.training.RunStatus.Diverged d) {
            status = RunStatus.DIVERGED;
            epochsRun = d.epoch() + 1;
            detail = d.cause().name().toLowerCase() + " became non-finite in epoch " + (d.epoch() + 1)
                    + ", batch " + (d.batch() + 1);
            finalTrain = Double.NaN;
        } else {
            status = RunStatus.OK;
            epochsRun = epochs.size();
            detail = "";
        }
        return new RunRecord(id, setup, chosen && status == RunStatus.OK, status, epochsRun, detail, finalTrain,
                validation, test, OptionalInt.empty(), cost);
    }

    private static TestMetrics testMetrics(PartErrors test) {
        return new TestMetrics(errors(test.streaming()), errors(test.windowed()), errors(test.persistence()));
    }

    private static ForecastErrors errors(lstmbench.strategies.evaluation.ForecastErrors e) {
        return new ForecastErrors(e.mseOriginal(), e.maeOriginal(), e.mseScaled(), e.maeScaled(), e.mase());
    }

    private static List<ForecastPoint> forecastPoints(RunId id, ChosenRun chosen, ForecastData data, int window) {
        PartForecasts f = Evaluator.forecasts(chosen.training().params(), data, Part.TEST, window);
        List<ForecastPoint> points = new ArrayList<>();
        for (int i = 0; i < f.length(); i++) {
            int t = f.from() + i;
            double actual = data.original(t);
            points.add(new ForecastPoint(id, Split.TEST, t, actual, data.scaler().inverse(f.streaming()[i]),
                    EvaluationMode.STREAMING));
            points.add(new ForecastPoint(id, Split.TEST, t, actual, data.scaler().inverse(f.windowed()[i]),
                    EvaluationMode.WINDOWED));
        }
        return points;
    }
}
