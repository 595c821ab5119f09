package lstmbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {
    @Test
    void quickAndFullAreTheNamedSettingsOverIssue7sShapes() {
        BenchmarkSettings quick = BenchmarkSettings.named("quick");
        BenchmarkSettings full = BenchmarkSettings.named("full");

        assertEquals(quick, BenchmarkSettings.quick());
        assertEquals(1, quick.forks());
        assertTrue(full.forks() > 1 && full.measurementIterations() > quick.measurementIterations());
        assertEquals(List.of(10, 32, 64, 128), full.hiddenSizes());
        assertEquals(List.of(1, 32, 128), full.batchSizes());
    }

    @Test
    void anUnknownSettingNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.named("slow"));
        assertTrue(e.getMessage().contains("quick, full"), e.getMessage());
    }

    @Test
    void refusesSettingsThatCannotMeasure() {
        Duration d = Duration.ofMillis(100);
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings("x", 1, 1, d, 0, d, List.of(10), List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings("x", 1, 1, d, 1, Duration.ZERO, List.of(10), List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings("x", -1, 1, d, 1, d, List.of(10), List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings("x", 1, 1, d, 1, d, List.of(), List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings("x", 1, 1, d, 1, d, List.of(10), List.of(0)));
    }

    @Test
    void aMembersIncludePatternSelectsExactlyItsClassesBenchmarkMethods() {
        Pattern gemm = Pattern.compile(BenchmarkSuite.includePattern(CoreBenchmarks.GEMM));

        assertTrue(gemm.matcher("lstmbench.harness.bench.GemmCeiling.nd4jGemm").find());
        assertTrue(gemm.matcher("lstmbench.harness.bench.GemmCeiling.cblasSgemm").find());
        assertFalse(gemm.matcher("lstmbench.harness.bench.GemmCeilingOther.nd4jGemm").find());
        assertFalse(gemm.matcher("other.lstmbench.harness.bench.GemmCeiling.nd4jGemm").find());
    }
}
