package lstmbench.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lstmbench.report.ResultsFixture;
import lstmbench.report.results.EpochCost;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.RecordedErrors;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunSetup;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.TestMetrics;
import org.junit.jupiter.api.Test;

/**
 * The lag sweep summary: per strategy and planted lag, R^2 and memory horizon over seeds; the
 * largest L reaching R^2 &gt;= 0.5; censored horizons said as lower bounds; the findings sentence.
 */
class LagSweepTest {
    /** Last lag of every sensitivity curve here. */
    private static final int K = 256;

    private final List<RunRecord> runs = new ArrayList<>();
    private final List<MemoryPoint> memory = new ArrayList<>();

    /** One chosen run of {@code strategy} on the lag-L dataset with its R^2 and horizon (K + 1 = censored). */
    private void run(String strategy, int lag, long seed, double r2, int horizon) {
        run(strategy, lag, seed, r2, horizon, 1.0);
    }

    /** The same with test MSEs whose windowed / streaming ratio is {@code penalty}. */
    private void run(String strategy, int lag, long seed, double r2, int horizon, double penalty) {
        RunSetup setup = new RunSetup("memory-sweep", "synthetic:seasonal-ar?lag=" + lag, strategy, "", seed, 0.01);
        TestMetrics test = new TestMetrics(mse(2.0), mse(2.0 * penalty), mse(3.0));
        runs.add(new RunRecord(
                setup.runId(),
                setup,
                true,
                RunStatus.OK,
                3,
                "",
                1.0,
                1.0,
                Optional.of(test),
                OptionalInt.of(horizon),
                new EpochCost(0.1, 100, 800),
                ResultsFixture.protocol(3, EvaluationMode.STREAMING)));
        memory.add(new MemoryPoint(setup.runId(), MemoryProbe.LAG_R2, lag, r2));
        memory.add(new MemoryPoint(setup.runId(), MemoryProbe.INPUT_SENSITIVITY, 0, 1.0));
        memory.add(new MemoryPoint(setup.runId(), MemoryProbe.INPUT_SENSITIVITY, K, 0.001));
    }

    private static RecordedErrors mse(double mse) {
        return new RecordedErrors(mse, 1.0, mse / 4, 0.5, 1.0);
    }

    private Results results() {
        return new Results(Optional.empty(), runs, List.of(), memory, List.of(), List.of(), List.of(), List.of());
    }

    private void sweep() {
        for (long seed = 1; seed <= 2; seed++) {
            run("chunked-reset", 4, seed, 0.9, 40);
            run("chunked-reset", 16, seed, seed == 1 ? 0.7 : 0.4, 40 + (int) seed * 2); // mean 0.55
            run("chunked-reset", 64, seed, 0.05, 30);
            run("sliding-window", 4, seed, 0.95, K + 1);
            run("sliding-window", 16, seed, 0.9, seed == 1 ? K + 1 : 200, seed == 1 ? 0.1 : 0.3); // mean x0.2
            run("sliding-window", 64, seed, 0.6, K + 1); // non-monotone is fine
            run("full-bptt", 4, seed, 0.3, 10);
            run("full-bptt", 16, seed, 0.45, 12);
            run("full-bptt", 64, seed, 0.0, 9);
        }
    }

    @Test
    void eachStrategyGetsItsLagsInOrderWithR2AndHorizonOverSeeds() {
        sweep();

        List<LagSweep> sweeps = LagSweep.of(results());

        assertEquals(
                List.of("chunked-reset", "sliding-window", "full-bptt"),
                sweeps.stream().map(LagSweep::strategy).toList());
        LagSweep chunked = sweeps.get(0);
        assertEquals(
                List.of(4.0, 16.0, 64.0),
                chunked.lags().stream().map(LagSweep.Lag::lag).toList());
        LagSweep.Lag l16 = chunked.lags().get(1);
        assertEquals(0.55, l16.r2().mean(), 1e-12);
        assertEquals(0.4, l16.r2().min(), 1e-12);
        assertEquals(2, l16.r2().n());
        assertEquals(43.0, l16.horizon().mean(), 1e-12);
        assertEquals(0, l16.censoredSeeds());
        assertEquals("43", l16.horizonText());
    }

    @Test
    void theLargestLagWithR2AtLeastAHalfIsTakenOnTheMeanOverSeeds() {
        sweep();

        List<LagSweep> sweeps = LagSweep.of(results());

        assertEquals(
                16.0,
                sweeps.get(0).largestLagAtLeast(LagSweep.USES_LAG).orElseThrow().lag());
        assertEquals(
                64.0,
                sweeps.get(1).largestLagAtLeast(LagSweep.USES_LAG).orElseThrow().lag());
        assertTrue(sweeps.get(2).largestLagAtLeast(LagSweep.USES_LAG).isEmpty());
    }

    @Test
    void aHorizonBeyondTheCurvesLastLagIsALowerBound() {
        sweep();

        LagSweep sliding = LagSweep.of(results()).get(1);

        LagSweep.Lag all = sliding.lags().get(0);
        assertEquals(2, all.censoredSeeds());
        assertEquals("more than 256", all.horizonText());
        assertEquals(">256", all.horizonCell());
        LagSweep.Lag some = sliding.lags().get(1);
        assertEquals(1, some.censoredSeeds());
        assertEquals(">=229", some.horizonCell());
        assertTrue(some.horizonText().contains("1 of 2 seeds censored"), some.horizonText());
    }

    @Test
    void theFindingNamesEachStrategysLargestLagAndHorizonAndThoseThatNeverReachedAHalf() {
        sweep();

        List<String> general = FindingsGenerator.findings(results()).general();

        String sentence = general.stream()
                .filter(s -> s.startsWith("Lag sweep"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                sentence.contains("chunked-reset L = 16 (R^2 0.55, seeds 0.4 to 0.7; memory horizon 43 steps)"),
                sentence);
        assertTrue(sentence.contains("sliding-window L = 64 (R^2 0.6; memory horizon more than 256 steps)"), sentence);
        assertTrue(sentence.contains("below 0.5 at every L: full-bptt (best R^2 0.45, at L = 16)"), sentence);
        assertTrue(sentence.indexOf("sliding-window L = 64") < sentence.indexOf("chunked-reset L = 16"), sentence);
    }

    @Test
    void theResetPenaltyIsKeptPerLagAndNamedWhereTheEvaluationModeDecides() {
        sweep();

        List<LagSweep> sweeps = LagSweep.of(results());
        String sentence = FindingsGenerator.findings(results()).general().stream()
                .filter(s -> s.startsWith("Lag sweep, reset penalty"))
                .findFirst()
                .orElseThrow();

        assertEquals(0.2, sweeps.get(1).lags().get(1).resetPenalty().mean(), 1e-12);
        assertEquals(1.0, sweeps.get(0).lags().get(0).resetPenalty().mean(), 1e-12);
        assertTrue(sentence.contains("sliding-window x0.20 at L = 16"), sentence);
        assertTrue(sentence.contains("; chunked-reset, full-bptt within x0.80 to x1.25 at every L."), sentence);
    }

    @Test
    void withTheSamePenaltyEverywhereTheResetSentenceSaysTheModeDoesNotMatter() {
        run("chunked-reset", 4, 1, 0.9, 40, 1.1);
        run("stateful-tbptt", 4, 1, 0.9, 40, 0.9);

        assertEquals(
                "Lag sweep, reset penalty (windowed / streaming test MSE): every strategy within x0.80 to x1.25 "
                        + "at every L, so the evaluation mode does not change what the sweep says.",
                LagSweepFindings.resetSentence(LagSweep.of(results())).orElseThrow());
    }

    @Test
    void anExperimentWithoutALagSweepHasNoSuchFinding() {
        RunSetup setup = new RunSetup("x", "sunspots", "chunked-reset", "", 1, 0.01);
        runs.add(new RunRecord(
                setup.runId(),
                setup,
                true,
                RunStatus.OK,
                3,
                "",
                1.0,
                1.0,
                Optional.empty(),
                OptionalInt.of(12),
                new EpochCost(0.1, 100, 800),
                ResultsFixture.protocol(3, EvaluationMode.STREAMING)));

        assertTrue(LagSweep.of(results()).isEmpty());
        assertTrue(FindingsGenerator.findings(results()).general().stream().noneMatch(s -> s.startsWith("Lag sweep")));
    }
}
