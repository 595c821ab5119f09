package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lstmbench.report.results.RecordedErrors;

/**
 * Sentences about test error: which strategy is lowest, by how much, whether seed bands overlap,
 * persistence, reset cost.
 *
 * <p>Test-error findings, on the streaming test MSE in the original scale. Two strategies whose
 * min-max ranges over seeds overlap are said to show no clear difference; with a single seed on
 * either side there is no range, and the sentence says so.
 */
final class ErrorFindings {
    private ErrorFindings() {
    }

    static List<String> sentences(String dataset, List<StrategySummary> strategies) {
        List<StrategySummary> tested = strategies.stream().filter(s -> !s.tested().isEmpty())
                .sorted(Comparator.comparingDouble(s -> s.spread(RunMetric.STREAMING_MSE).mean())).toList();
        List<String> sentences = new ArrayList<>();
        if (tested.isEmpty()) {
            sentences.add("No strategy finished with test metrics on " + dataset + ", so there is no winner to name.");
            return sentences;
        }
        StrategySummary best = tested.get(0);
        SeedSpread bestMse = best.spread(RunMetric.STREAMING_MSE);
        sentences.add(best.strategy() + " reached the lowest test error on " + dataset + ": MSE "
                + Numbers.format(bestMse.mean()) + " on the original scale (streaming evaluation, "
                + seeds(bestMse) + ").");
        for (StrategySummary other : tested.subList(1, tested.size())) {
            sentences.add(comparison(best, other));
        }
        persistence(best).ifPresent(p -> sentences.add(persistenceSentence(best, p)));
        sentences.add(resetSentence(tested));
        return sentences;
    }

    private static String comparison(StrategySummary best, StrategySummary other) {
        SeedSpread a = best.spread(RunMetric.STREAMING_MSE);
        SeedSpread b = other.spread(RunMetric.STREAMING_MSE);
        String lower = Numbers.percent((b.mean() - a.mean()) / b.mean());
        String numbers = " (" + Numbers.format(a.mean()) + " vs " + Numbers.format(b.mean()) + ")";
        if (a.n() == 1 || b.n() == 1) {
            return best.strategy() + "'s test MSE is " + lower + " lower than " + other.strategy() + "'s" + numbers
                    + ", from a single seed on at least one side, so there is no seed range to judge it by.";
        }
        if (a.overlaps(b)) {
            return "No clear difference between " + best.strategy() + " and " + other.strategy()
                    + ": their seed ranges overlap (" + range(a) + " vs " + range(b) + "), although the mean of "
                    + best.strategy() + " is " + lower + " lower.";
        }
        return best.strategy() + "'s test MSE is " + lower + " lower than " + other.strategy() + "'s" + numbers
                + ", and their seed ranges do not overlap (" + range(a) + " vs " + range(b) + ").";
    }

    private static Optional<RecordedErrors> persistence(StrategySummary best) {
        return best.tested().stream().map(RunMetric::persistence).flatMap(Optional::stream).findFirst();
    }

    private static String persistenceSentence(StrategySummary best, RecordedErrors persistence) {
        double model = best.spread(RunMetric.STREAMING_MSE).mean();
        double baseline = persistence.mseOriginal();
        String relation = model < baseline
                ? Numbers.percent((baseline - model) / baseline) + " below it"
                : Numbers.percent((model - baseline) / baseline) + " above it: the model does not beat "
                        + "repeating the last value";
        return "The persistence forecast (next value = last value) has test MSE " + Numbers.format(baseline) + "; "
                + best.strategy() + " is " + relation + ".";
    }

    private static String resetSentence(List<StrategySummary> tested) {
        List<String> parts = tested.stream()
                .map(s -> s.strategy() + " " + Numbers.ratio(s.spread(RunMetric.RESET_PENALTY).mean())).toList();
        return "Resetting the state for evaluation (windowed instead of streaming) multiplies test MSE by: "
                + String.join(", ", parts) + " (above x1 means the carried state helped).";
    }

    static String seeds(SeedSpread spread) {
        return spread.n() == 1 ? "a single seed" : "mean of " + spread.n() + " seeds, range " + range(spread);
    }

    private static String range(SeedSpread spread) {
        return Numbers.format(spread.min()) + " to " + Numbers.format(spread.max());
    }
}
