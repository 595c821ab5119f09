package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sentence about cost per epoch: seconds and timesteps, cheapest first. The cost under the whole
 * budget and the time to a common validation loss are the verdict table's ({@link VerdictTable}).
 */
final class CostFindings {
    private CostFindings() {}

    static Optional<String> costPerEpoch(List<StrategySummary> strategies) {
        List<StrategySummary> measured = strategies.stream()
                .filter(s -> !s.spread(RunMetric.SECONDS_PER_EPOCH).isEmpty())
                .sorted(Comparator.comparingDouble(
                        s -> s.spread(RunMetric.SECONDS_PER_EPOCH).mean()))
                .toList();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        double cheapest = measured.get(0).spread(RunMetric.SECONDS_PER_EPOCH).mean();
        List<String> parts = new ArrayList<>();
        for (StrategySummary s : measured) {
            double seconds = s.spread(RunMetric.SECONDS_PER_EPOCH).mean();
            parts.add(s.strategy() + " " + Numbers.format(seconds) + " s and "
                    + Numbers.format(s.spread(RunMetric.TIMESTEPS_PER_EPOCH).mean()) + " timesteps"
                    + (s == measured.get(0) ? "" : " (" + Numbers.ratio(seconds / cheapest) + ")"));
        }
        return Optional.of("Cost per epoch, cheapest first: " + String.join("; ", parts) + ".");
    }
}
