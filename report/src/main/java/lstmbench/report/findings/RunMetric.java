package lstmbench.report.findings;

import java.util.Optional;
import java.util.function.ToDoubleFunction;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.RecordedErrors;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.TestMetrics;

/**
 * The per-run numbers the findings and the error table summarise over seeds.
 *
 * <p>A number taken from one run; NaN when the run does not have it.
 */
public enum RunMetric {
    STREAMING_MSE(run -> test(run, t -> t.streaming().mseOriginal())),
    STREAMING_MAE(run -> test(run, t -> t.streaming().maeOriginal())),
    STREAMING_MASE(run -> test(run, t -> t.streaming().mase())),
    WINDOWED_MSE(run -> test(run, t -> t.windowed().mseOriginal())),
    WINDOWED_MAE(run -> test(run, t -> t.windowed().maeOriginal())),
    WINDOWED_MASE(run -> test(run, t -> t.windowed().mase())),
    RESET_PENALTY(run -> test(run, TestMetrics::resetPenalty)),
    /** Test MSE (original scale) in the evaluation mode the run's checkpoint was selected in on validation. */
    SELECTED_MSE(run -> test(run, t -> selected(run, t).mseOriginal())),
    /** {@link #SELECTED_MSE} over the persistence forecast's test MSE on the same targets: above 1 is worse. */
    PERSISTENCE_RATIO(run ->
            test(run, t -> selected(run, t).mseOriginal() / t.persistence().mseOriginal())),
    OPTIMIZER_UPDATES(run -> (double) run.protocol().optimizerUpdates()),
    TIMESTEPS(run -> (double) run.protocol().timesteps()),
    TRAINING_SECONDS(run -> run.protocol().trainingSeconds()),
    SECONDS_PER_EPOCH(run -> run.cost().secondsPerEpoch()),
    TIMESTEPS_PER_EPOCH(run -> (double) run.cost().timestepsPerEpoch()),
    MEMORY_HORIZON(run -> run.memoryHorizon().isPresent() ? run.memoryHorizon().getAsInt() : Double.NaN);

    private final ToDoubleFunction<RunRecord> value;

    RunMetric(ToDoubleFunction<RunRecord> value) {
        this.value = value;
    }

    public double of(RunRecord run) {
        return value.applyAsDouble(run);
    }

    private static double test(RunRecord run, ToDoubleFunction<TestMetrics> part) {
        return run.test().map(part::applyAsDouble).orElse(Double.NaN);
    }

    /**
     * The errors in the run's selected evaluation mode (streaming when none is recorded; a tested run
     * always has one).
     */
    static RecordedErrors selected(RunRecord run, TestMetrics test) {
        return run.protocol().selectedMode().orElse(EvaluationMode.STREAMING) == EvaluationMode.WINDOWED
                ? test.windowed()
                : test.streaming();
    }

    /** The persistence forecast's errors of a run, when it has test metrics. */
    static Optional<RecordedErrors> persistence(RunRecord run) {
        return run.test().map(TestMetrics::persistence);
    }
}
