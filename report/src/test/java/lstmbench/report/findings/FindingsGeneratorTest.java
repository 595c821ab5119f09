package lstmbench.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lstmbench.report.ResultsFixture;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import org.junit.jupiter.api.Test;

/**
 * The findings generator on constructed results: clear winner, overlapping bands, a diverged run, a
 * single seed.
 */
class FindingsGeneratorTest {
    private static final String DATA = "sine";

    private static List<String> sentences(List<RunRecord> runs) {
        Results results = new Results(Optional.empty(), runs, List.of(), List.of(), List.of(), List.of(), List.of());
        return FindingsGenerator.findings(results).datasets().get(0).sentences();
    }

    private static String joined(List<String> sentences) {
        return String.join("\n", sentences);
    }

    private static List<RunRecord> strategy(String name, double... mses) {
        List<RunRecord> runs = new ArrayList<>();
        for (int seed = 0; seed < mses.length; seed++) {
            runs.add(ResultsFixture.chosenRun(DATA, name, seed + 1, mses[seed], 0.25));
        }
        return runs;
    }

    @Test
    void aClearWinnerIsNamedWithHowMuchLowerItIs() {
        List<RunRecord> runs = new ArrayList<>(strategy("chunked-reset", 0.050, 0.052, 0.048));
        runs.addAll(strategy("stateful-tbptt", 0.020, 0.021, 0.019));

        List<String> sentences = sentences(runs);

        assertTrue(sentences.get(0).startsWith("stateful-tbptt reached the lowest test error on sine: MSE 0.02 "),
                sentences.get(0));
        assertTrue(sentences.get(0).contains("mean of 3 seeds, range 0.019 to 0.021"), sentences.get(0));
        assertEquals("stateful-tbptt's test MSE is 60% lower than chunked-reset's (0.02 vs 0.05), and their seed "
                + "ranges do not overlap (0.019 to 0.021 vs 0.048 to 0.052).", sentences.get(1));
    }

    @Test
    void overlappingSeedBandsAreCalledNoClearDifference() {
        List<RunRecord> runs = new ArrayList<>(strategy("chunked-reset", 0.050, 0.070, 0.060));
        runs.addAll(strategy("shuffled", 0.055, 0.075, 0.065));

        String text = joined(sentences(runs));

        assertTrue(text.contains("No clear difference between chunked-reset and shuffled: their seed ranges overlap"),
                text);
    }

    @Test
    void aDivergedRunIsReportedAndTheRemainingSeedsAreUsed() {
        List<RunRecord> runs = new ArrayList<>(strategy("shuffled", 0.040, 0.044));
        runs.add(ResultsFixture.divergedRun(DATA, "shuffled", 3, 5));
        runs.addAll(strategy("chunked-reset", 0.050, 0.052, 0.051));

        String text = joined(sentences(runs));

        assertTrue(text.contains("shuffled reached the lowest test error on sine: MSE 0.042 on the original scale "
                + "(streaming evaluation, mean of 2 seeds"), text);
        assertTrue(text.contains("shuffled diverged with seed 3 and learning rate 0.01 at epoch 5 (loss became NaN); "
                + "its seed has no test result"), text);
    }

    @Test
    void aSingleSeedIsSaidToGiveNoRange() {
        List<RunRecord> runs = new ArrayList<>(strategy("chunked-reset", 0.05));
        runs.addAll(strategy("sliding-window", 0.08));

        String text = joined(sentences(runs));

        assertTrue(text.contains("(streaming evaluation, a single seed)"), text);
        assertTrue(text.contains("from a single seed on at least one side, so there is no seed range to judge it by"),
                text);
    }

    @Test
    void persistenceAndResetPenaltyAreStated() {
        String text = joined(sentences(strategy("stateful-tbptt", 0.02, 0.03)));

        assertTrue(text.contains("The persistence forecast (next value = last value) has test MSE 0.9; stateful-tbptt "
                + "is 97% below it."), text);
        assertTrue(text.contains("multiplies test MSE by: stateful-tbptt x1.25"), text);
    }

    @Test
    void aDatasetWhereEveryRunDivergedHasNoWinner() {
        String text = joined(sentences(List.of(ResultsFixture.divergedRun(DATA, "shuffled", 1, 2))));

        assertTrue(text.contains("No strategy finished with test metrics on sine"), text);
        assertTrue(text.contains("shuffled diverged with seed 1"), text);
    }

    @Test
    void theFixtureGivesCostTimeToTargetMemoryAndMissingRuns() {
        Findings findings = FindingsGenerator.findings(ResultsFixture.results());

        assertEquals(2, findings.datasets().size());
        String clear = joined(findings.datasets().get(0).sentences());
        assertTrue(clear.startsWith("stateful-tbptt reached the lowest test error on " + ResultsFixture.CLEAR_DATASET),
                clear);
        assertTrue(clear.contains("Cost per epoch, cheapest first: chunked-reset 0.25 s and 420 timesteps"), clear);
        assertTrue(clear.contains("sliding-window 2 s and 10100 timesteps (x8.00)"), clear);
        assertTrue(clear.contains("Wall-clock training time to reach validation loss"), clear);
        assertTrue(clear.contains("Memory horizon"), clear);
        assertTrue(clear.contains("longest first: stateful-tbptt 92 steps, chunked-reset 42 steps"), clear);
        String close = joined(findings.datasets().get(1).sentences());
        assertTrue(close.contains("No clear difference"), close);
        assertTrue(close.contains("shuffled diverged with seed 3 and learning rate 0.03 at epoch 4"), close);
        assertEquals(3, findings.general().size());
        assertTrue(findings.general().get(0).startsWith("1 planned run has no row in runs.csv"), findings.general().get(0));
        assertTrue(findings.general().get(1).contains("stateful-tbptt L = 32 (R^2 0.9; memory horizon"),
                findings.general().get(1));
        assertTrue(findings.general().get(2).contains("stateful-tbptt x1.40 at L = 1, x1.40 at L = 2"),
                findings.general().get(2));
    }

    @Test
    void timesToTheCommonValidationLossAreListedFastestFirst() {
        String clear = joined(FindingsGenerator.findings(ResultsFixture.results()).datasets().get(0).sentences());

        Matcher time = Pattern.compile("([a-z-]+) ([0-9.]+) s \\(epoch \\d+\\)")
                .matcher(clear.substring(clear.indexOf("fastest first: ")));
        List<Double> seconds = new ArrayList<>();
        while (time.find()) {
            seconds.add(Double.parseDouble(time.group(2)));
        }
        assertEquals(ResultsFixture.STRATEGIES.size(), seconds.size(), clear);
        assertEquals(seconds.stream().sorted().toList(), seconds, clear);
    }
}
