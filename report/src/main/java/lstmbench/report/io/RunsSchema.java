package lstmbench.report.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import lstmbench.report.results.EpochCost;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.RecordedErrors;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunProtocol;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunSetup;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.SelectionMode;
import lstmbench.report.results.TestMetrics;

/**
 * The columns of runs.csv and how a RunRecord maps to them.
 *
 * <p>runs.csv: one row per run. Test metrics are three groups of five columns ({@code stream_},
 * {@code window_}, {@code persistence_} followed by {@code mse}, {@code mae}, {@code mse_scaled},
 * {@code mae_scaled}, {@code mase}) and {@code excluded_targets}, the filled-in test targets none of
 * them scored; all sixteen are empty when the run has no test metrics.
 */
final class RunsSchema implements CsvSchema<RunRecord> {
    private static final List<String> ERROR_SUFFIXES = List.of("mse", "mae", "mse_scaled", "mae_scaled", "mase");
    private static final List<String> GROUPS = List.of("stream", "window", "persistence");
    private static final List<String> TEST_COLUMNS = GROUPS.stream()
            .flatMap(group -> ERROR_SUFFIXES.stream().map(suffix -> group + "_" + suffix))
            .toList();
    private static final List<Function<RecordedErrors, Double>> ERROR_PARTS = List.of(
            RecordedErrors::mseOriginal,
            RecordedErrors::maeOriginal,
            RecordedErrors::mseScaled,
            RecordedErrors::maeScaled,
            RecordedErrors::mase);
    private static final List<Function<TestMetrics, RecordedErrors>> GROUP_PARTS =
            List.of(TestMetrics::streaming, TestMetrics::windowed, TestMetrics::persistence);

    private static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of(
                "run_id",
                "experiment",
                "dataset",
                "strategy",
                "strategy_params",
                "seed",
                "learning_rate",
                "chosen_for_test",
                "status",
                "epochs_run",
                "status_detail",
                "final_train_loss",
                "validation_loss"));
        columns.addAll(TEST_COLUMNS);
        columns.add("excluded_targets");
        columns.addAll(List.of(
                "memory_horizon",
                "seconds_per_epoch",
                "timesteps_per_epoch",
                "training_bytes_per_epoch",
                "budget",
                "selection",
                "window",
                "chosen_epoch",
                "selected_mode",
                "optimizer_updates",
                "timesteps",
                "training_seconds",
                "evaluation_seconds"));
        COLUMNS = List.copyOf(columns);
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> cells(RunRecord run) {
        RunSetup setup = run.setup();
        List<String> cells = new ArrayList<>(List.of(
                run.runId().value(),
                setup.experiment(),
                setup.dataset(),
                setup.strategy(),
                setup.strategyParameters(),
                Cells.integer(setup.seed()),
                Cells.number(setup.learningRate()),
                Cells.flag(run.chosenForTest()),
                Cells.name(run.status()),
                Cells.integer(run.epochsRun()),
                run.statusDetail(),
                Cells.number(run.finalTrainLoss()),
                Cells.number(run.validationLoss())));
        for (Function<TestMetrics, RecordedErrors> group : GROUP_PARTS) {
            for (Function<RecordedErrors, Double> part : ERROR_PARTS) {
                cells.add(Cells.optional(run.test(), test -> part.apply(group.apply(test))));
            }
        }
        cells.add(run.test().map(test -> Cells.integer(test.excludedTargets())).orElse(""));
        EpochCost cost = run.cost();
        cells.addAll(List.of(
                Cells.optional(run.memoryHorizon()),
                Cells.number(cost.secondsPerEpoch()),
                Cells.integer(cost.timestepsPerEpoch()),
                Cells.integer(cost.trainingBytesPerEpoch())));
        RunProtocol protocol = run.protocol();
        cells.addAll(List.of(
                protocol.budget(),
                Cells.name(protocol.selection()),
                Cells.integer(protocol.window()),
                Cells.optional(protocol.chosenEpoch()),
                protocol.selectedMode().map(Cells::name).orElse(""),
                Cells.integer(protocol.optimizerUpdates()),
                Cells.integer(protocol.timesteps()),
                Cells.number(protocol.trainingSeconds()),
                Cells.number(protocol.evaluationSeconds())));
        return cells;
    }

    @Override
    public RunRecord parse(CsvRow row) throws ResultsFormatException {
        RunSetup setup = new RunSetup(
                row.requiredText("experiment"),
                row.requiredText("dataset"),
                row.requiredText("strategy"),
                row.text("strategy_params"),
                row.integer("seed"),
                row.number("learning_rate"));
        RunStatus status = row.enumValue("status", RunStatus.class);
        if (status == RunStatus.PENDING) {
            throw row.error("status", status.name(), "OK, DIVERGED or FAILED (PENDING belongs in manifest.json)");
        }
        boolean tested = !row.allEmpty(TEST_COLUMNS);
        if (tested == row.text("excluded_targets").isBlank()) {
            throw row.error(
                    "excluded_targets",
                    row.text("excluded_targets"),
                    "a count exactly when the test columns are filled in");
        }
        Optional<TestMetrics> test = tested
                ? Optional.of(new TestMetrics(
                        errors(row, "stream"),
                        errors(row, "window"),
                        errors(row, "persistence"),
                        row.smallInteger("excluded_targets")))
                : Optional.empty();
        EpochCost cost = new EpochCost(
                row.number("seconds_per_epoch"),
                row.integer("timesteps_per_epoch"),
                row.integer("training_bytes_per_epoch"));
        OptionalInt chosenEpoch = row.optionalSmallInteger("chosen_epoch");
        Optional<EvaluationMode> mode = row.text("selected_mode").isEmpty()
                ? Optional.empty()
                : Optional.of(row.enumValue("selected_mode", EvaluationMode.class));
        if (chosenEpoch.isPresent() != mode.isPresent()) {
            throw row.error(
                    "selected_mode", row.text("selected_mode"), "a mode exactly when chosen_epoch is filled in");
        }
        RunProtocol protocol = new RunProtocol(
                row.requiredText("budget"),
                row.enumValue("selection", SelectionMode.class),
                row.smallInteger("window"),
                chosenEpoch,
                mode,
                row.integer("optimizer_updates"),
                row.integer("timesteps"),
                row.number("training_seconds"),
                row.number("evaluation_seconds"));
        return new RunRecord(
                runId(row),
                setup,
                row.flag("chosen_for_test"),
                status,
                row.smallInteger("epochs_run"),
                row.text("status_detail"),
                row.number("final_train_loss"),
                row.number("validation_loss"),
                test,
                row.optionalSmallInteger("memory_horizon"),
                cost,
                protocol);
    }

    static RunId runId(CsvRow row) throws ResultsFormatException {
        String text = row.text("run_id");
        try {
            return new RunId(text);
        } catch (IllegalArgumentException invalid) {
            throw row.error("run_id", text, "a run id of letters, digits and . _ = + -");
        }
    }

    private static RecordedErrors errors(CsvRow row, String group) throws ResultsFormatException {
        return new RecordedErrors(
                row.number(group + "_mse"),
                row.number(group + "_mae"),
                row.number(group + "_mse_scaled"),
                row.number(group + "_mae_scaled"),
                row.number(group + "_mase"));
    }
}
