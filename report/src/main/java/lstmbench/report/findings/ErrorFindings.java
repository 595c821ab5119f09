package lstmbench.report.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sentence about the reset penalty: how much resetting the state for evaluation changes each
 * strategy's test error. The ranking itself is the verdict's ({@link Verdict}).
 */
final class ErrorFindings {
    private ErrorFindings() {}

    /** Windowed over streaming test MSE per tested strategy, lowest selected-mode test MSE first. */
    static Optional<String> resetSentence(List<StrategySummary> strategies) {
        List<String> parts = strategies.stream()
                .filter(s -> !s.tested().isEmpty())
                .sorted(Comparator.comparingDouble(
                        s -> s.spread(RunMetric.SELECTED_MSE).mean()))
                .map(s -> s.strategy() + " "
                        + Numbers.ratio(s.spread(RunMetric.RESET_PENALTY).mean()))
                .toList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Resetting the state for evaluation (windowed instead of streaming) multiplies test MSE "
                + "by: " + String.join(", ", parts) + " (above x1 means the carried state helped; mean over seeds).");
    }
}
