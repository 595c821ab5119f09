package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lstmbench.report.results.ParameterText;

/**
 * Answers the batching {@link Question}s from a dataset's ranked rows.
 *
 * <p>Each question compares two strategies: windows or chunks, sliding-window against chunked-reset;
 * reset or carry, chunked-reset against stateful-tbptt; shuffling, shuffled against its in-order
 * counterpart (sliding-window for {@code unit=windows}, chunked-reset for {@code unit=chunks});
 * detach, stateful-tbptt against stateful-full-graph, or, without full-graph runs, against the best
 * ranked reset strategy. The lower mean test MSE in the selected mode gives the answer when both
 * sides have at least two seeds and their ranges do not overlap; otherwise it is "not conclusive".
 * Every answer names the strategies, their means with seed ranges, n and the budget.
 */
final class Answers {
    static final String SLIDING = "sliding-window";
    static final String CHUNKED = "chunked-reset";
    static final String SHUFFLED = "shuffled";
    static final String TBPTT = "stateful-tbptt";
    static final String FULL_GRAPH = "stateful-full-graph";
    /** A reset penalty (windowed / streaming test MSE) beyond this factor either way is said to matter. */
    static final double RELIES = 1.05;

    private Answers() {}

    static List<Answer> of(List<VerdictRow> ranked) {
        return List.of(windowsOrChunks(ranked), resetOrCarry(ranked), shuffling(ranked), detach(ranked));
    }

    /** A row's test MSE as the answers cite it: {@code "0.02 [0.019, 0.021] (windowed, n = 3 seeds)"}. */
    static String evidence(VerdictRow row) {
        return VerdictTable.withRange(row.mse()) + " (" + row.modes() + ", n = " + row.seeds()
                + (row.seeds() == 1 ? " seed)" : " seeds)");
    }

    private static Answer windowsOrChunks(List<VerdictRow> ranked) {
        Optional<VerdictRow> windows = find(ranked, SLIDING);
        Optional<VerdictRow> chunks = find(ranked, CHUNKED);
        if (windows.isEmpty() || chunks.isEmpty()) {
            return notRun(Question.WINDOWS_OR_CHUNKS, List.of(SLIDING, CHUNKED), ranked);
        }
        VerdictRow w = windows.get();
        VerdictRow c = chunks.get();
        Comparison comparison = new Comparison(w, "sliding windows", c, "non-overlapping chunks");
        String cost = " Cost under that budget: " + cost(w) + "; " + cost(c) + timeToTarget(w, c) + ".";
        return comparison.answer(
                Question.WINDOWS_OR_CHUNKS,
                "Sliding windows",
                "Non-overlapping chunks",
                "W = " + w.window(),
                "T = " + c.window(),
                cost);
    }

    private static Answer resetOrCarry(List<VerdictRow> ranked) {
        Optional<VerdictRow> reset = find(ranked, CHUNKED);
        Optional<VerdictRow> carry = find(ranked, TBPTT);
        if (reset.isEmpty() || carry.isEmpty()) {
            return notRun(Question.RESET_OR_CARRY, List.of(CHUNKED, TBPTT), ranked);
        }
        VerdictRow r = reset.get();
        VerdictRow c = carry.get();
        StringBuilder extra = new StringBuilder();
        if (r.window() != c.window()) {
            extra.append(" Their chunk lengths differ (T = ")
                    .append(r.window())
                    .append(" vs ")
                    .append(c.window())
                    .append("), so this mixes chunk length with state handling; run both with the same chunk.");
        }
        if (!r.memoryHorizon().isEmpty() && !c.memoryHorizon().isEmpty()) {
            extra.append(" Memory horizon (how far back the input still moves the forecast): ")
                    .append(CHUNKED)
                    .append(' ')
                    .append(Numbers.format(r.memoryHorizon().mean()))
                    .append(" steps, ")
                    .append(TBPTT)
                    .append(' ')
                    .append(Numbers.format(c.memoryHorizon().mean()))
                    .append(" steps.");
        }
        if (!c.resetPenalty().isEmpty()) {
            double penalty = c.resetPenalty().mean();
            extra.append(" Resetting ")
                    .append(TBPTT)
                    .append("'s state at test time (windowed instead of streaming) " + "multiplies its test MSE by ")
                    .append(Numbers.ratio(penalty))
                    .append(
                            penalty > RELIES
                                    ? ": the model it trained uses the carried state."
                                    : penalty < 1 / RELIES
                                            ? ": the model it trained forecasts better from a zero state."
                                            : ": the model it trained hardly depends on the carried state.");
        }
        return new Comparison(r, "resetting", c, "carrying the state")
                .answer(
                        Question.RESET_OR_CARRY,
                        "Resetting the state for each batch",
                        "Carrying the state between batches",
                        "T = " + r.window(),
                        "T = " + c.window(),
                        extra.toString());
    }

    private static Answer shuffling(List<VerdictRow> ranked) {
        Optional<VerdictRow> shuffled = find(ranked, SHUFFLED);
        if (shuffled.isEmpty()) {
            return notRun(Question.SHUFFLING, List.of(SHUFFLED, SLIDING), ranked);
        }
        VerdictRow s = shuffled.get();
        boolean chunks =
                ParameterText.text(s.parameters(), "unit").orElse("windows").equals("chunks");
        String counterpart = chunks ? CHUNKED : SLIDING;
        Optional<VerdictRow> inOrder = find(ranked, counterpart);
        if (inOrder.isEmpty()) {
            return notRun(Question.SHUFFLING, List.of(SHUFFLED, counterpart), ranked);
        }
        VerdictRow o = inOrder.get();
        String unit = chunks ? "chunks" : "windows";
        String extra = " Shuffling reorders whole " + unit + "; the steps inside each, which the LSTM reads in order, "
                + "keep their order"
                + (ParameterText.text(s.parameters(), "order").orElse("").equals("series")
                        ? " (these shuffled runs had order=series, so nothing was shuffled)"
                        : "")
                + (s.window() != o.window() ? "; the lengths differ (" + s.window() + " vs " + o.window() + ")" : "")
                + ".";
        return new Comparison(s, "shuffled " + unit, o, unit + " in series order")
                .answer(
                        Question.SHUFFLING,
                        "The shuffled order",
                        "Series order",
                        "length " + s.window(),
                        "length " + o.window(),
                        extra);
    }

    private static Answer detach(List<VerdictRow> ranked) {
        Optional<VerdictRow> detached = find(ranked, TBPTT);
        Optional<VerdictRow> fullGraph = find(ranked, FULL_GRAPH);
        String how = " " + TBPTT + " carries the state's values into the next batch and cuts its gradient at the "
                + "boundary (in PyTorch, h = h.detach() before the next batch), which is the fix for \"Trying to "
                + "backward through the graph a second time\".";
        if (detached.isPresent() && fullGraph.isPresent()) {
            VerdictRow d = detached.get();
            VerdictRow f = fullGraph.get();
            String cost = " Training time under that budget: " + cost(d) + "; " + cost(f) + ".";
            return new Comparison(d, "detached", f, "full graph")
                    .answer(
                            Question.DETACH,
                            "Detaching at each batch boundary",
                            "Keeping the gradient across batches (full graph)",
                            "T = " + d.window(),
                            "T = " + f.window(),
                            cost + how);
        }
        if (detached.isEmpty()) {
            return notRun(Question.DETACH, List.of(TBPTT, FULL_GRAPH), ranked);
        }
        Optional<VerdictRow> reset = ranked.stream()
                .filter(row -> List.of(SLIDING, CHUNKED, SHUFFLED).contains(row.strategy()))
                .findFirst();
        String notRun = " The full-graph comparison was not run: this folder has no " + FULL_GRAPH + " runs (add "
                + FULL_GRAPH + " to --strategies to measure what keeping the gradient costs).";
        if (reset.isEmpty()) {
            return new Answer(
                    Question.DETACH,
                    Answer.Standing.NOT_RUN,
                    "Not answered on this dataset.",
                    notRun.strip() + " Nor is there a reset strategy (" + SLIDING + ", " + CHUNKED + " or " + SHUFFLED
                            + ") to set the detached carry against." + how);
        }
        VerdictRow d = detached.get();
        VerdictRow r = reset.get();
        return new Comparison(d, "carry with detach", r, "the best-ranked reset strategy")
                .answer(
                        Question.DETACH,
                        "Carrying the state with a detach",
                        "Resetting the state",
                        "T = " + d.window(),
                        "window " + r.window(),
                        notRun + how);
    }

    private static String cost(VerdictRow row) {
        return row.strategy() + " " + Numbers.format(row.updates().mean()) + " updates, "
                + Numbers.format(row.timesteps().mean()) + " timesteps, "
                + Numbers.format(row.trainingSeconds().mean())
                + " s of training";
    }

    private static String timeToTarget(VerdictRow a, VerdictRow b) {
        if (a.toTarget().isEmpty() || b.toTarget().isEmpty()) {
            return "";
        }
        return "; to the common validation target " + a.strategy() + " took "
                + Numbers.format(a.toTarget().get().seconds()) + " s, " + b.strategy() + " "
                + Numbers.format(b.toTarget().get().seconds()) + " s";
    }

    private static Optional<VerdictRow> find(List<VerdictRow> ranked, String strategy) {
        return ranked.stream().filter(row -> row.strategy().equals(strategy)).findFirst();
    }

    private static Answer notRun(Question question, List<String> needed, List<VerdictRow> ranked) {
        List<String> missing = new ArrayList<>(
                needed.stream().filter(name -> find(ranked, name).isEmpty()).toList());
        return new Answer(
                question,
                Answer.Standing.NOT_RUN,
                "Not answered on this dataset.",
                "It needs test results of " + String.join(" and ", needed) + ", and " + String.join(" and ", missing)
                        + (missing.size() == 1 ? " has" : " have") + " none. Run them, e.g. lstmbench run EXPERIMENT "
                        + "--strategies " + String.join(",", needed) + ".");
    }

    /**
     * Two strategies set against each other on test MSE in the selected mode.
     *
     * @param a      one side
     * @param aLabel what {@code a} stands for in the question
     * @param b      the other side
     * @param bLabel what {@code b} stands for
     */
    private record Comparison(VerdictRow a, String aLabel, VerdictRow b, String bLabel) {
        Answer answer(Question question, String aWins, String bWins, String aShape, String bShape, String extra) {
            VerdictRow lower = a.mse().mean() <= b.mse().mean() ? a : b;
            VerdictRow higher = lower == a ? b : a;
            String percent = Numbers.percent(
                    (higher.mse().mean() - lower.mse().mean()) / higher.mse().mean());
            String budget = a.budget().equals(b.budget())
                    ? "budget " + a.budget()
                    : "budgets " + a.budget() + " and " + b.budget() + " (not the same, so not a fair comparison)";
            String numbers = Character.toUpperCase(aLabel.charAt(0)) + aLabel.substring(1) + " (" + a.strategy()
                    + ", " + aShape + ") " + evidence(a) + " vs " + bLabel
                    + " (" + b.strategy() + ", " + bShape + ") " + evidence(b) + ": test MSE in the selected mode, "
                    + budget;
            if (a.seeds() < 2 || b.seeds() < 2) {
                return new Answer(
                        question,
                        Answer.Standing.NOT_CONCLUSIVE,
                        "Not conclusive.",
                        numbers
                                + ". A single seed gives no range; " + lower.strategy() + "'s mean is " + percent
                                + " lower. Run more seeds." + extra);
            }
            if (a.mse().overlaps(b.mse())) {
                return new Answer(
                        question,
                        Answer.Standing.NOT_CONCLUSIVE,
                        "Not conclusive.",
                        numbers
                                + ". The seed ranges overlap; " + lower.strategy() + "'s mean is " + percent + " lower."
                                + extra);
            }
            return new Answer(
                    question,
                    Answer.Standing.CLEAR,
                    (lower == a ? aWins : bWins) + " gave the lower test error on this budget.",
                    numbers + ". " + lower.strategy() + " is " + percent + " lower and the seed ranges do not overlap."
                            + extra);
        }
    }
}
