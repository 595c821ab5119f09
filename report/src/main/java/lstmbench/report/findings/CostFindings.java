package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lstmbench.report.chart.BandPoint;
import lstmbench.report.chart.StrategyCurves;
import lstmbench.report.results.CurvePoint;

/**
 * Sentences about cost: seconds and timesteps per epoch, and wall-clock time to reach a common
 * validation loss.
 *
 * <p>Cost findings. The "common validation loss" is the highest of the strategies' best mean
 * validation losses: the lowest level every strategy's mean curve reached, so each has a time to it.
 */
final class CostFindings {
    private CostFindings() {
    }

    static List<String> sentences(List<StrategySummary> strategies, List<StrategyCurves> curves) {
        List<String> sentences = new ArrayList<>();
        costPerEpoch(strategies).ifPresent(sentences::add);
        timeToTarget(curves).ifPresent(sentences::add);
        return sentences;
    }

    private static Optional<String> costPerEpoch(List<StrategySummary> strategies) {
        List<StrategySummary> measured = strategies.stream()
                .filter(s -> !s.spread(RunMetric.SECONDS_PER_EPOCH).isEmpty())
                .sorted(Comparator.comparingDouble(s -> s.spread(RunMetric.SECONDS_PER_EPOCH).mean())).toList();
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

    private static Optional<String> timeToTarget(List<StrategyCurves> curves) {
        List<List<BandPoint>> epochBands = curves.stream()
                .map(c -> c.band(point -> point.epoch(), CurvePoint::validationLoss)).toList();
        if (curves.size() < 2 || epochBands.stream().anyMatch(List::isEmpty)) {
            return Optional.empty();
        }
        double target = epochBands.stream()
                .mapToDouble(band -> band.stream().mapToDouble(BandPoint::mean).min().orElseThrow())
                .max().orElseThrow();
        List<Reached> reached = new ArrayList<>();
        for (StrategyCurves strategy : curves) {
            List<BandPoint> byEpoch = strategy.band(point -> point.epoch(), CurvePoint::validationLoss);
            List<BandPoint> bySeconds = strategy.band(CurvePoint::wallSeconds, CurvePoint::validationLoss);
            for (int i = 0; i < byEpoch.size(); i++) {
                if (byEpoch.get(i).mean() <= target) {
                    reached.add(new Reached(strategy.strategy(), bySeconds.get(i).x(), (int) byEpoch.get(i).x()));
                    break;
                }
            }
        }
        List<String> parts = reached.stream().sorted(Comparator.comparingDouble(Reached::seconds))
                .map(r -> r.strategy() + " " + Numbers.format(r.seconds()) + " s (epoch " + r.epoch() + ")").toList();
        return Optional.of("Wall-clock training time to reach validation loss " + Numbers.format(target)
                + " (the lowest level every strategy reached, mean over seeds), fastest first: "
                + String.join(", ", parts) + ".");
    }

    /** When a strategy's mean curve first reached the common validation loss. */
    private record Reached(String strategy, double seconds, int epoch) {
    }
}
