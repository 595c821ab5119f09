package lstmbench.report.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sentence about each strategy's memory horizon.
 *
 * <p>Memory-horizon findings, when runs.csv has horizons.
 */
final class MemoryFindings {
    private MemoryFindings() {}

    static Optional<String> sentence(List<StrategySummary> strategies) {
        List<String> parts = strategies.stream()
                .filter(s -> !s.spread(RunMetric.MEMORY_HORIZON).isEmpty())
                .sorted(Comparator.comparingDouble((StrategySummary s) ->
                                s.spread(RunMetric.MEMORY_HORIZON).mean())
                        .reversed())
                .map(s -> s.strategy() + " "
                        + Numbers.format(s.spread(RunMetric.MEMORY_HORIZON).mean()) + " steps")
                .toList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Memory horizon (how many steps back the input still moves the forecast by at least 1% "
                + "of its peak, mean over seeds), longest first: " + String.join(", ", parts) + ".");
    }
}
