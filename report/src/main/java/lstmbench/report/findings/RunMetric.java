package lstmbench.report.findings;

import java.util.Optional;
import java.util.function.ToDoubleFunction;
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

    /** The persistence forecast's errors of a run, when it has test metrics. */
    static Optional<RecordedErrors> persistence(RunRecord run) {
        return run.test().map(TestMetrics::persistence);
    }
}
