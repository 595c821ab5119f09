package lstmbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import lstmbench.strategies.StrategyException;
import lstmbench.strategies.StrategyRegistry;
import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {
    @Test
    void quickAndFullAreTheNamedSettingsOverIssue7sShapes() {
        BenchmarkSettings quick = BenchmarkSettings.named("quick");
        BenchmarkSettings full = BenchmarkSettings.named("full");

        assertEquals(quick, BenchmarkSettings.quick());
        assertEquals(1, quick.chunks().forks());
        assertTrue(full.chunks().forks() > 1 && full.epochs().forks() > 1);
        assertTrue(full.chunks().measurementIterations()
                        * full.chunks().measurementTime().toMillis()
                > quick.chunks().measurementIterations()
                        * quick.chunks().measurementTime().toMillis());
        assertEquals(List.of(10, 32, 64, 128), full.hiddenSizes());
        assertEquals(List.of(1, 32, 128), full.batchSizes());
        assertEquals(StrategyRegistry.names(), full.strategies());
        assertTrue(StrategyRegistry.names().containsAll(quick.strategies())
                && quick.strategies().size() < 8);
    }

    @Test
    void fullIterationsAreLongEnoughForTheKernelsAllocationToShow() {
        // ~6 KB of JMH bookkeeping per iteration must fall under ~100 B/op for the H=128, B=32 kernel
        // (tens of ms per op on 2 cores): at least 2 s per measured iteration.
        assertTrue(BenchmarkSettings.full().chunks().measurementTime().compareTo(Duration.ofSeconds(2)) >= 0);
    }

    @Test
    void quickEpochsStayShortAndFullEpochsHaveErrorBars() {
        BenchmarkSettings.Timing quick = BenchmarkSettings.quick().epochs();
        BenchmarkSettings.Timing full = BenchmarkSettings.full().epochs();

        assertEquals(1, quick.forks());
        assertTrue(
                quick.warmupIterations() + quick.measurementIterations() <= 3, "about 3 sliding-window epochs in CI");
        assertTrue(full.measurementIterations() * full.forks() >= 8);
    }

    @Test
    void anUnknownSettingNamesTheValidOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.named("slow"));
        assertTrue(e.getMessage().contains("quick, full"), e.getMessage());
    }

    @Test
    void refusesSettingsThatCannotMeasure() {
        Duration d = Duration.ofMillis(100);
        BenchmarkSettings.Timing t = new BenchmarkSettings.Timing(1, 1, d, 1, d);
        List<String> s = List.of("chunked-reset");
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings.Timing(1, 1, d, 0, d));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings.Timing(1, 1, d, 1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings.Timing(-1, 1, d, 1, d));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings("x", t, t, List.of(), List.of(1), s));
        assertThrows(
                IllegalArgumentException.class, () -> new BenchmarkSettings("x", t, t, List.of(10), List.of(0), s));
        assertThrows(
                IllegalArgumentException.class,
                () -> new BenchmarkSettings("x", t, t, List.of(10), List.of(1), List.of()));
        assertThrows(
                StrategyException.class,
                () -> new BenchmarkSettings("x", t, t, List.of(10), List.of(1), List.of("no-such-strategy")));
    }

    @Test
    void aMembersIncludePatternSelectsExactlyItsClassesBenchmarkMethods() {
        Pattern gemm = Pattern.compile(BenchmarkSuite.includePattern(CoreBenchmarks.GEMM));

        assertTrue(gemm.matcher("lstmbench.harness.bench.GemmCeiling.nd4jGemm").find());
        assertTrue(
                gemm.matcher("lstmbench.harness.bench.GemmCeiling.cblasSgemm").find());
        assertFalse(gemm.matcher("lstmbench.harness.bench.GemmCeilingOther.nd4jGemm")
                .find());
        assertFalse(gemm.matcher("other.lstmbench.harness.bench.GemmCeiling.nd4jGemm")
                .find());
    }

    @Test
    void theDefaultSuiteRunsTheChunkMembersTogetherAndTheEpochsWithTheirOwnTiming() {
        BenchmarkSettings full = BenchmarkSettings.full();

        var groups = BenchmarkSuite.byTiming(full, BenchmarkSuite.DEFAULT_MEMBERS);

        assertEquals(List.of(full.chunks(), full.epochs()), List.copyOf(groups.keySet()));
        assertEquals(CoreBenchmarks.ALL, groups.get(full.chunks()));
        assertEquals(List.of(EpochBenchmarks.STRATEGY_EPOCH), groups.get(full.epochs()));
    }
}
