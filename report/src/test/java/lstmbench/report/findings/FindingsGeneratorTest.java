package lstmbench.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lstmbench.report.ResultsFixture;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import org.junit.jupiter.api.Test;

/**
 * The findings generator on constructed results: the ranking in the selected mode, the answers and
 * their flips, persistence, diverged seeds, the grid's edge, and the further sentences.
 */
class FindingsGeneratorTest {
    private static final String DATA = "sine";

    private static DatasetFindings findings(List<RunRecord> runs) {
        Results results =
                new Results(Optional.empty(), runs, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return FindingsGenerator.findings(results).datasets().get(0);
    }

    private static Verdict verdict(List<RunRecord> runs) {
        return findings(runs).verdict();
    }

    private static Answer answer(Verdict verdict, Question question) {
        return verdict.answers().stream()
                .filter(a -> a.question() == question)
                .findFirst()
                .orElseThrow();
    }

    private static List<RunRecord> strategy(String name, double... mses) {
        List<RunRecord> runs = new ArrayList<>();
        for (int seed = 0; seed < mses.length; seed++) {
            runs.add(ResultsFixture.chosenRun(DATA, name, seed + 1, mses[seed], 0.25));
        }
        return runs;
    }

    private static List<RunRecord> runs(List<List<RunRecord>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    @Test
    void aClearWinnerRanksFirstWithItsRangeSeedsAndBudget() {
        Verdict verdict = verdict(runs(List.of(
                strategy("chunked-reset", 0.050, 0.052, 0.048), strategy("stateful-tbptt", 0.020, 0.021, 0.019))));

        assertEquals(
                List.of("stateful-tbptt", "chunked-reset"),
                verdict.ranked().stream().map(VerdictRow::strategy).toList());
        assertEquals(
                "stateful-tbptt ranks first: test MSE 0.02 [0.019, 0.021] (streaming, n = 3 seeds) under "
                        + "budget epochs=8; ahead of chunked-reset (0.05 [0.048, 0.052] (streaming, n = 3 seeds)) with seed "
                        + "ranges that do not overlap.",
                verdict.headline());
        assertEquals(
                List.of(
                        "1",
                        "stateful-tbptt",
                        "streaming",
                        "0.01 (grid edge)",
                        "8",
                        "0.02 [0.019, 0.021]",
                        "x0.02",
                        "3",
                        "800",
                        "3360",
                        "2",
                        "-"),
                VerdictTable.texts(1, verdict.ranked().get(0)));
        assertTrue(
                verdict.footing()
                        .startsWith("Budget epochs=8 for every strategy; learning rate, epoch and "
                                + "evaluation mode chosen on validation (selection validation); test MSE on the original scale in "
                                + "each seed's selected mode, ranked by its mean over n = 3 seeds"),
                verdict.footing());
    }

    @Test
    void theRankingUsesTheSelectedModeNotStreaming() {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            // streaming would put sliding-window first; it was selected windowed, where it is worse
            runs.add(ResultsFixture.chosenRun(DATA, "sliding-window", seed, 0.01, 0.01, 0.09, EvaluationMode.WINDOWED));
            runs.add(ResultsFixture.chosenRun(DATA, "chunked-reset", seed, 0.01, 0.05, 0.03, EvaluationMode.WINDOWED));
        }

        Verdict verdict = verdict(runs);

        assertEquals("chunked-reset", verdict.ranked().get(0).strategy());
        assertEquals("windowed", verdict.ranked().get(0).modes());
        assertEquals(0.03, verdict.ranked().get(0).mse().mean(), 1e-12);
        assertEquals(0.09, verdict.ranked().get(1).mse().mean(), 1e-12);
    }

    @Test
    void mixedSelectedModesAreCountedInTheModeCell() {
        Verdict verdict = verdict(List.of(
                ResultsFixture.chosenRun(DATA, "stateful-tbptt", 1, 0.01, 0.02, 0.03, EvaluationMode.STREAMING),
                ResultsFixture.chosenRun(DATA, "stateful-tbptt", 2, 0.01, 0.05, 0.04, EvaluationMode.WINDOWED)));

        assertEquals("streaming 1, windowed 1", verdict.ranked().get(0).modes());
        assertEquals(0.03, verdict.ranked().get(0).mse().mean(), 1e-12);
    }

    @Test
    void theAnswersFlipWhenTheRankingFlips() {
        List<RunRecord> chunksWin = runs(List.of(
                strategy("sliding-window", 0.080, 0.082, 0.081),
                strategy("chunked-reset", 0.050, 0.052, 0.048),
                strategy("stateful-tbptt", 0.020, 0.021, 0.019),
                strategy("shuffled", 0.060, 0.061, 0.062)));
        List<RunRecord> windowsWin = runs(List.of(
                strategy("sliding-window", 0.050, 0.052, 0.048),
                strategy("chunked-reset", 0.080, 0.082, 0.081),
                strategy("stateful-tbptt", 0.120, 0.121, 0.119),
                strategy("shuffled", 0.090, 0.091, 0.092)));

        Verdict first = verdict(chunksWin);
        Verdict second = verdict(windowsWin);

        Answer chunks = answer(first, Question.WINDOWS_OR_CHUNKS);
        assertEquals(Answer.Standing.CLEAR, chunks.standing());
        assertTrue(
                chunks.text()
                        .startsWith("Non-overlapping chunks gave the lower test error on this budget. Sliding "
                                + "windows (sliding-window, W = 24) 0.081 [0.08, 0.082] (streaming, n = 3 seeds) vs non-overlapping "
                                + "chunks (chunked-reset, T = 24) 0.05 [0.048, 0.052] (streaming, n = 3 seeds): test MSE in the "
                                + "selected mode, budget epochs=8. chunked-reset is 38% lower"),
                chunks.text());
        assertTrue(
                answer(second, Question.WINDOWS_OR_CHUNKS)
                        .text()
                        .startsWith("Sliding windows gave the lower test " + "error"),
                answer(second, Question.WINDOWS_OR_CHUNKS).text());

        assertTrue(
                answer(first, Question.RESET_OR_CARRY)
                        .text()
                        .startsWith("Carrying the state between batches gave " + "the lower test error"),
                answer(first, Question.RESET_OR_CARRY).text());
        assertTrue(
                answer(second, Question.RESET_OR_CARRY)
                        .text()
                        .startsWith("Resetting the state for each batch gave " + "the lower test error"),
                answer(second, Question.RESET_OR_CARRY).text());

        assertTrue(
                answer(first, Question.SHUFFLING).text().startsWith("The shuffled order gave the lower test error"),
                answer(first, Question.SHUFFLING).text());
        assertTrue(
                answer(first, Question.SHUFFLING).text().contains("vs windows in series order (sliding-window"),
                answer(first, Question.SHUFFLING).text());
        assertTrue(
                answer(second, Question.SHUFFLING).text().startsWith("Series order gave the lower test error"),
                answer(second, Question.SHUFFLING).text());

        assertTrue(
                answer(first, Question.DETACH)
                        .text()
                        .startsWith("Carrying the state with a detach gave the lower " + "test error"),
                answer(first, Question.DETACH).text());
        assertTrue(
                answer(second, Question.DETACH).text().startsWith("Resetting the state gave the lower test error"),
                answer(second, Question.DETACH).text());
        assertTrue(
                answer(second, Question.DETACH)
                        .text()
                        .contains("vs the best-ranked reset strategy " + "(sliding-window"),
                answer(second, Question.DETACH).text());
    }

    @Test
    void withoutFullGraphRunsTheDetachAnswerSaysSoAndWithThemItComparesThem() {
        List<RunRecord> noFullGraph = runs(List.of(
                strategy("chunked-reset", 0.050, 0.052, 0.048), strategy("stateful-tbptt", 0.020, 0.021, 0.019)));
        List<RunRecord> withFullGraph = new ArrayList<>(noFullGraph);
        withFullGraph.addAll(strategy("stateful-full-graph", 0.030, 0.031, 0.032));

        String without = answer(verdict(noFullGraph), Question.DETACH).text();
        Answer with = answer(verdict(withFullGraph), Question.DETACH);

        assertTrue(
                without.contains(
                        "The full-graph comparison was not run: this folder has no stateful-full-graph " + "runs"),
                without);
        assertEquals(Answer.Standing.CLEAR, with.standing());
        assertTrue(
                with.text()
                        .startsWith("Detaching at each batch boundary gave the lower test error on this budget. "
                                + "Detached (stateful-tbptt, T = 24) 0.02 [0.019, 0.021] (streaming, n = 3 seeds) vs full graph "
                                + "(stateful-full-graph, T = 24) 0.031 [0.03, 0.032]"),
                with.text());
        assertFalse(with.text().contains("was not run"), with.text());
    }

    @Test
    void overlappingSeedRangesAreNotConclusive() {
        Verdict verdict = verdict(runs(List.of(
                strategy("chunked-reset", 0.050, 0.070, 0.060), strategy("sliding-window", 0.055, 0.075, 0.065))));

        Answer answer = answer(verdict, Question.WINDOWS_OR_CHUNKS);
        assertEquals(Answer.Standing.NOT_CONCLUSIVE, answer.standing());
        assertTrue(
                answer.text()
                        .startsWith(
                                "Not conclusive. Sliding windows (sliding-window, W = 24) 0.065 " + "[0.055, 0.075]"),
                answer.text());
        assertTrue(answer.text().contains("The seed ranges overlap; chunked-reset's mean is 8% lower."), answer.text());
        assertTrue(verdict.headline().endsWith("but not conclusively: their seed ranges overlap."), verdict.headline());
    }

    @Test
    void aSingleSeedIsNotConclusive() {
        Verdict verdict = verdict(runs(List.of(strategy("chunked-reset", 0.05), strategy("sliding-window", 0.08))));

        Answer answer = answer(verdict, Question.WINDOWS_OR_CHUNKS);
        assertEquals(Answer.Standing.NOT_CONCLUSIVE, answer.standing());
        assertTrue(answer.text().contains("(streaming, n = 1 seed)"), answer.text());
        assertTrue(
                answer.text()
                        .contains("A single seed gives no range; chunked-reset's mean is 38% lower. Run more "
                                + "seeds."),
                answer.text());
    }

    @Test
    void aQuestionWhoseStrategiesAreAbsentSaysWhatToRun() {
        Verdict verdict = verdict(strategy("sliding-window", 0.05, 0.06));

        Answer answer = answer(verdict, Question.WINDOWS_OR_CHUNKS);
        assertEquals(Answer.Standing.NOT_RUN, answer.standing());
        assertEquals(
                "Not answered on this dataset. It needs test results of sliding-window and chunked-reset, and "
                        + "chunked-reset has none. Run them, e.g. lstmbench run EXPERIMENT --strategies "
                        + "sliding-window,chunked-reset.",
                answer.text());
        assertEquals(Answer.Standing.NOT_RUN, answer(verdict, Question.DETACH).standing());
    }

    @Test
    void everyStrategyIsSetAgainstPersistenceAndOneWorseIsCalledThat() {
        Verdict verdict =
                verdict(runs(List.of(strategy("stateful-tbptt", 0.02, 0.03), strategy("sliding-window", 1.1, 1.3))));

        assertEquals(
                "Against persistence (next value = last value, test MSE 0.9 on the same targets): below it: "
                        + "stateful-tbptt x0.03; sliding-window (x1.33) is worse than persistence: repeating the last value "
                        + "forecasts better.",
                verdict.notes().get(0));
        assertEquals(
                "x1.33 (worse)", VerdictTable.texts(2, verdict.ranked().get(1)).get(6));
        assertTrue(verdict.ranked().get(1).worseThanPersistence());
        assertEquals(0.9, verdict.persistenceMse().orElseThrow(), 1e-12);

        Verdict allBetter = verdict(strategy("stateful-tbptt", 0.02, 0.03));
        assertEquals(
                "Against persistence (next value = last value, test MSE 0.9 on the same targets): every strategy "
                        + "is below it (stateful-tbptt x0.03).",
                allBetter.notes().get(0));
    }

    @Test
    void aSeedWhoseRunsAllDivergedIsNamedAndLeftOut() {
        List<RunRecord> runs = new ArrayList<>(strategy("shuffled", 0.040, 0.044));
        runs.add(ResultsFixture.divergedRun(DATA, "shuffled", 3, 0.01, 5));
        runs.add(ResultsFixture.divergedRun(DATA, "shuffled", 3, 0.03, 2));
        runs.addAll(strategy("chunked-reset", 0.050, 0.052, 0.051));

        DatasetFindings findings = findings(runs);

        assertTrue(
                findings.verdict()
                        .notes()
                        .contains("shuffled, seed 3: every learning rate tried (0.01 diverged at "
                                + "epoch 5, 0.03 diverged at epoch 2) ended without a result, so this seed has no test result and is "
                                + "left out; shuffled's figures are over the remaining 2 seeds."),
                findings.verdict().notes().toString());
        assertEquals(2, findings.verdict().row("shuffled").orElseThrow().seeds());
        String sentences = String.join("\n", findings.sentences());
        assertTrue(
                sentences.contains("shuffled diverged with seed 3 and learning rate 0.03 at epoch 2 (loss became "
                        + "NaN); no run of that seed completed, so the seed has no test result and is left out."),
                sentences);
        assertFalse(sentences.contains("another learning rate"), sentences);
    }

    @Test
    void aDivergedRunBesideACompletedOneNamesTheRateChosenInstead() {
        List<RunRecord> runs = new ArrayList<>(strategy("shuffled", 0.040, 0.044));
        runs.add(ResultsFixture.divergedRun(DATA, "shuffled", 2, 0.03, 4));

        DatasetFindings findings = findings(runs);

        assertTrue(
                String.join("\n", findings.sentences())
                        .contains(
                                "shuffled diverged with seed 2 and learning rate "
                                        + "0.03 at epoch 4 (loss became NaN); learning rate 0.01 was chosen for that seed instead."),
                findings.sentences().toString());
        assertTrue(findings.verdict().notes().stream().noneMatch(note -> note.contains("left out")));
    }

    @Test
    void aChosenRateAtTheEdgeOfTheGridIsFlaggedWithAdviceToWidenIt() {
        List<RunRecord> inside = new ArrayList<>();
        List<RunRecord> top = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            for (double lr : List.of(0.001, 0.1)) {
                inside.add(ResultsFixture.unchosenRun(DATA, "chunked-reset", seed, lr));
            }
            inside.add(
                    ResultsFixture.chosenRun(DATA, "chunked-reset", seed, 0.01, 0.05, 0.06, EvaluationMode.STREAMING));
            for (double lr : List.of(0.001, 0.01)) {
                top.add(ResultsFixture.unchosenRun(DATA, "chunked-reset", seed, lr));
            }
            top.add(ResultsFixture.chosenRun(DATA, "chunked-reset", seed, 0.1, 0.05, 0.06, EvaluationMode.STREAMING));
        }

        Verdict middle = verdict(inside);
        Verdict edge = verdict(top);

        assertFalse(middle.ranked().get(0).atGridEdge());
        assertTrue(
                middle.notes().stream().noneMatch(note -> note.contains("edge")),
                middle.notes().toString());
        assertTrue(edge.ranked().get(0).atGridEdge());
        assertTrue(
                edge.notes()
                        .contains(
                                "The chosen learning rate of chunked-reset is at the edge of the grid "
                                        + "(0.001, 0.01, 0.1), the largest, 0.1: widen the grid above it, since a better rate may lie outside it."),
                edge.notes().toString());
        assertEquals(
                "0.1 (grid edge)", VerdictTable.texts(1, edge.ranked().get(0)).get(3));
        assertTrue(verdict(strategy("chunked-reset", 0.05, 0.06))
                .notes()
                .contains("chunked-reset was trained with a "
                        + "single learning rate (0.01), so the rate was not tuned: add rates on both sides of it."));
    }

    @Test
    void strategiesAtTheSameEdgeOfTheSameGridShareOneNote() {
        Verdict verdict = verdict(ResultsFixture.results().runsOf(ResultsFixture.CLEAR_DATASET));

        List<String> edges = verdict.notes().stream()
                .filter(note -> note.contains("edge of the grid"))
                .toList();
        assertEquals(
                List.of("The chosen learning rate of stateful-tbptt, chunked-reset, shuffled, sliding-window is "
                        + "at the edge of the grid (0.01, 0.03), the smallest, 0.01: widen the grid below it, since a better "
                        + "rate may lie outside it."),
                edges);
    }

    @Test
    void aDatasetWhereEveryRunDivergedHasNoRanking() {
        DatasetFindings findings = findings(List.of(ResultsFixture.divergedRun(DATA, "shuffled", 1, 2)));

        assertEquals(
                "No strategy finished with test metrics on sine, so there is no ranking (shuffled ran without a "
                        + "test result).",
                findings.verdict().headline());
        assertTrue(findings.verdict().ranked().isEmpty());
        assertTrue(
                findings.sentences().get(0).startsWith("shuffled diverged with seed 1"),
                findings.sentences().get(0));
    }

    @Test
    void theFixtureGivesVerdictsCostMemoryAndMissingRuns() {
        Findings findings = FindingsGenerator.findings(ResultsFixture.results());

        assertEquals(2, findings.datasets().size());
        DatasetFindings clear = findings.datasets().get(0);
        assertTrue(
                clear.verdict().headline().startsWith("stateful-tbptt ranks first: "),
                clear.verdict().headline());
        assertEquals(
                Answer.Standing.CLEAR,
                answer(clear.verdict(), Question.RESET_OR_CARRY).standing());
        assertTrue(answer(clear.verdict(), Question.RESET_OR_CARRY)
                .text()
                .contains("Memory horizon (how far back the "
                        + "input still moves the forecast): chunked-reset 42 steps, stateful-tbptt 92 steps."));
        assertTrue(answer(clear.verdict(), Question.RESET_OR_CARRY)
                .text()
                .endsWith("multiplies its test MSE by " + "x1.40: the model it trained uses the carried state."));
        String more = String.join("\n", clear.sentences());
        assertTrue(more.contains("Cost per epoch, cheapest first: chunked-reset 0.25 s and 420 timesteps"), more);
        assertTrue(more.contains("sliding-window 2 s and 10100 timesteps (x8.00)"), more);
        assertTrue(more.contains("longest first: stateful-tbptt 92 steps, chunked-reset 42 steps"), more);
        DatasetFindings close = findings.datasets().get(1);
        assertTrue(
                close.verdict().answers().stream().allMatch(a -> a.standing() == Answer.Standing.NOT_CONCLUSIVE),
                close.verdict().answers().toString());
        assertTrue(String.join("\n", close.sentences())
                .contains("shuffled diverged with seed 3 and learning rate 0.03 " + "at epoch 4"));
        assertEquals(3, findings.general().size());
        assertTrue(
                findings.general().get(0).startsWith("1 planned run has no row in runs.csv"),
                findings.general().get(0));
        assertTrue(
                findings.general().get(1).contains("stateful-tbptt L = 32 (R^2 0.9; memory horizon"),
                findings.general().get(1));
        assertTrue(
                findings.general().get(2).contains("stateful-tbptt x1.40 at L = 1, x1.40 at L = 2"),
                findings.general().get(2));
    }

    @Test
    void theFixturesTimesToTheCommonValidationLossAreInTheTable() {
        Verdict clear = FindingsGenerator.findings(ResultsFixture.results())
                .datasets()
                .get(0)
                .verdict();

        assertTrue(
                clear.ranked().stream().allMatch(row -> row.toTarget().isPresent()),
                clear.ranked().toString());
        assertTrue(
                clear.footing()
                        .contains("Time to target: training seconds until the mean validation loss over "
                                + "seeds, in each run's selected mode, first reached"),
                clear.footing());
    }
}
