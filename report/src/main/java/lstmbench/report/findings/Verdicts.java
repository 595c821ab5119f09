package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;

/**
 * Computes a dataset's {@link Verdict} from its results: rows ranked in the selected mode, the
 * headline, the footing, the answers ({@link Answers}) and the notes.
 */
final class Verdicts {
    private Verdicts() {}

    static Verdict of(Results results, String dataset, List<StrategySummary> strategies) {
        Optional<TimeToTarget> target = TimeToTarget.of(results, dataset);
        List<RunRecord> runs = results.runsOf(dataset);
        List<VerdictRow> ranked = strategies.stream()
                .filter(s -> !s.tested().isEmpty())
                .map(s -> row(s, runs, target))
                .sorted(Comparator.comparingDouble(row -> row.mse().mean()))
                .toList();
        List<String> untested = strategies.stream()
                .filter(s -> s.tested().isEmpty())
                .map(StrategySummary::strategy)
                .toList();
        OptionalDouble persistence = strategies.stream()
                .flatMap(s -> s.tested().stream())
                .map(RunMetric::persistence)
                .flatMap(Optional::stream)
                .mapToDouble(p -> p.mseOriginal())
                .findFirst();
        List<String> notes = new ArrayList<>();
        persistence.ifPresent(p -> notes.add(persistenceNote(ranked, p)));
        notes.addAll(divergedSeeds(strategies, runs));
        notes.addAll(gridEdgeNotes(ranked, runs));
        return new Verdict(
                dataset,
                footing(ranked, runs, target),
                headline(dataset, ranked, untested),
                ranked,
                untested,
                persistence,
                Answers.of(ranked),
                notes);
    }

    private static VerdictRow row(StrategySummary s, List<RunRecord> runs, Optional<TimeToTarget> target) {
        List<RunRecord> tested = s.tested();
        List<Double> grid = grid(runs, s.strategy());
        List<Double> chosen = tested.stream()
                .map(run -> run.setup().learningRate())
                .distinct()
                .sorted()
                .toList();
        boolean edge = grid.size() < 2
                || chosen.stream().anyMatch(lr -> lr.equals(grid.get(0)) || lr.equals(grid.get(grid.size() - 1)));
        return new VerdictRow(
                s.strategy(),
                tested.get(0).setup().strategyParameters(),
                tested.get(0).protocol().window(),
                budget(tested),
                modes(tested),
                chosen,
                edge,
                SeedSpread.of(tested.stream()
                        .mapToDouble(run -> run.protocol().chosenEpoch().orElse(run.epochsRun()))
                        .toArray()),
                s.spread(RunMetric.SELECTED_MSE),
                s.spread(RunMetric.PERSISTENCE_RATIO),
                s.spread(RunMetric.OPTIMIZER_UPDATES),
                s.spread(RunMetric.TIMESTEPS),
                s.spread(RunMetric.TRAINING_SECONDS),
                s.spread(RunMetric.MEMORY_HORIZON),
                s.spread(RunMetric.RESET_PENALTY),
                target.flatMap(t -> t.of(s.strategy())));
    }

    /** The learning rates a strategy was trained with on the dataset, ascending. */
    private static List<Double> grid(List<RunRecord> runs, String strategy) {
        return runs.stream()
                .filter(run -> run.strategy().equals(strategy))
                .map(run -> run.setup().learningRate())
                .distinct()
                .sorted()
                .toList();
    }

    static String budget(List<RunRecord> runs) {
        return String.join(
                " / ",
                new TreeSet<>(runs.stream().map(run -> run.protocol().budget()).toList()));
    }

    private static String modes(List<RunRecord> tested) {
        Map<String, Long> counts = new TreeMap<>(tested.stream()
                .collect(Collectors.groupingBy(
                        run -> run.protocol()
                                .selectedMode()
                                .orElse(EvaluationMode.STREAMING)
                                .name()
                                .toLowerCase(Locale.ROOT),
                        Collectors.counting())));
        if (counts.size() == 1) {
            return counts.keySet().iterator().next();
        }
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String headline(String dataset, List<VerdictRow> ranked, List<String> untested) {
        if (ranked.isEmpty()) {
            return "No strategy finished with test metrics on " + dataset + ", so there is no ranking"
                    + (untested.isEmpty() ? "." : " (" + String.join(", ", untested) + " ran without a test result).");
        }
        VerdictRow first = ranked.get(0);
        String lead = first.strategy() + " ranks first: test MSE " + Answers.evidence(first) + " under budget "
                + first.budget();
        if (ranked.size() == 1) {
            return lead + "; it is the only strategy with a test result.";
        }
        VerdictRow second = ranked.get(1);
        String versus = " ahead of " + second.strategy() + " (" + Answers.evidence(second) + ")";
        if (first.seeds() < 2 || second.seeds() < 2) {
            return lead + ";" + versus + ", but not conclusively: a single seed gives no range.";
        }
        if (first.mse().overlaps(second.mse())) {
            return lead + ";" + versus + ", but not conclusively: their seed ranges overlap.";
        }
        return lead + ";" + versus + " with seed ranges that do not overlap.";
    }

    private static String footing(List<VerdictRow> ranked, List<RunRecord> runs, Optional<TimeToTarget> target) {
        String selections = String.join(
                " / ",
                new TreeSet<>(runs.stream()
                        .map(run -> run.protocol().selection().name().toLowerCase(Locale.ROOT))
                        .toList()));
        String seeds = String.join(
                " / ",
                new TreeSet<>(ranked.stream()
                        .map(row -> Integer.toString(row.seeds()))
                        .toList()));
        StringBuilder text = new StringBuilder("Budget " + (runs.isEmpty() ? "not recorded" : budget(runs))
                + " for every strategy; learning rate, epoch and evaluation mode chosen on validation (selection "
                + selections + "); test MSE on the original scale in each seed's selected mode, ranked by its mean"
                + (seeds.isEmpty() ? "" : " over n = " + seeds + (seeds.equals("1") ? " seed" : " seeds"))
                + ", with the seed range in brackets.");
        target.ifPresent(t -> text.append(" Time to target: training seconds until the mean validation loss over "
                        + "seeds, in each run's selected mode, first reached ")
                .append(Numbers.format(t.level()))
                .append(" (scaled MSE), the lowest level every strategy reached."));
        return text.toString();
    }

    private static String persistenceNote(List<VerdictRow> ranked, double persistence) {
        List<VerdictRow> worse =
                ranked.stream().filter(VerdictRow::worseThanPersistence).toList();
        List<VerdictRow> better =
                ranked.stream().filter(row -> !row.worseThanPersistence()).toList();
        String head = "Against persistence (next value = last value, test MSE " + Numbers.format(persistence)
                + " on the same targets): ";
        String betterPart = better.isEmpty()
                ? ""
                : (worse.isEmpty() ? "every strategy is below it (" : "below it: ")
                        + better.stream()
                                .map(row -> row.strategy() + " "
                                        + Numbers.ratio(row.persistenceRatio().mean()))
                                .collect(Collectors.joining(", "))
                        + (worse.isEmpty() ? ")" : "");
        if (worse.isEmpty()) {
            return head + betterPart + ".";
        }
        String worsePart = worse.stream()
                        .map(row -> row.strategy() + " ("
                                + Numbers.ratio(row.persistenceRatio().mean()) + ")")
                        .collect(Collectors.joining(", "))
                + (worse.size() == 1 ? " is" : " are")
                + " worse than persistence: repeating the last value forecasts better";
        return head + (better.isEmpty() ? worsePart : betterPart + "; " + worsePart) + ".";
    }

    /** One sentence per seed whose runs all diverged or failed: it is named and left out. */
    private static List<String> divergedSeeds(List<StrategySummary> strategies, List<RunRecord> runs) {
        List<String> notes = new ArrayList<>();
        for (StrategySummary s : strategies) {
            Map<Long, List<RunRecord>> bySeed = new TreeMap<>(runs.stream()
                    .filter(run -> run.strategy().equals(s.strategy()))
                    .collect(Collectors.groupingBy(RunRecord::seed)));
            bySeed.forEach((seed, seedRuns) -> {
                if (seedRuns.stream().noneMatch(run -> run.status() == RunStatus.OK)) {
                    notes.add(s.strategy() + ", seed " + seed + ": every learning rate tried ("
                            + seedRuns.stream()
                                    .map(run -> Numbers.format(run.setup().learningRate()) + " "
                                            + run.status().name().toLowerCase(Locale.ROOT) + " at epoch "
                                            + run.epochsRun())
                                    .collect(Collectors.joining(", "))
                            + ") ended without a result, so this seed has no test result and is left out; "
                            + s.strategy() + "'s figures are over the remaining "
                            + s.tested().size()
                            + (s.tested().size() == 1 ? " seed." : " seeds."));
                }
            });
        }
        return notes;
    }

    /**
     * One sentence per grid and advice for the strategies whose chosen rate is at the grid's edge (or
     * whose grid has a single rate), so strategies sharing a grid share the sentence.
     */
    private static List<String> gridEdgeNotes(List<VerdictRow> ranked, List<RunRecord> runs) {
        Map<String, List<String>> strategiesByAdvice = new LinkedHashMap<>();
        for (VerdictRow row : ranked.stream().filter(VerdictRow::atGridEdge).toList()) {
            List<Double> grid = grid(runs, row.strategy());
            String gridText = grid.stream().map(Numbers::format).collect(Collectors.joining(", "));
            String advice;
            if (grid.size() < 2) {
                advice = " with a single learning rate (" + gridText + "), so the rate was not tuned: add rates on "
                        + "both sides of it.";
            } else {
                List<String> sides = new ArrayList<>();
                if (row.learningRates().contains(grid.get(0))) {
                    sides.add("the smallest, " + Numbers.format(grid.get(0)) + ": widen the grid below it");
                }
                if (row.learningRates().contains(grid.get(grid.size() - 1))) {
                    sides.add(
                            "the largest, " + Numbers.format(grid.get(grid.size() - 1)) + ": widen the grid above it");
                }
                advice = " at the edge of the grid (" + gridText + "), " + String.join("; and ", sides)
                        + ", since a better rate may lie outside it.";
            }
            strategiesByAdvice.computeIfAbsent(advice, key -> new ArrayList<>()).add(row.strategy());
        }
        List<String> notes = new ArrayList<>();
        strategiesByAdvice.forEach((advice, names) -> notes.add(
                advice.startsWith(" with")
                        ? String.join(", ", names) + (names.size() == 1 ? " was" : " were") + " trained" + advice
                        : "The chosen learning rate of " + String.join(", ", names) + " is" + advice));
        return notes;
    }
}
