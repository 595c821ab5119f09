package lstmbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KernelComparisonTest {
    @Test
    void joinsTheKernelWithItsPeersAtTheSameShapeAndTakesRatiosOfMedians() {
        List<Measurement> ms = List.of(
                ThroughputRowsTest.lstm(
                        "KernelForwardBackward.forwardBackward",
                        32,
                        32,
                        List.of(0.002, 0.004, 0.002), // one slowed iteration: mean 2.67 ms, median 2 ms
                        Optional.of(Estimate.withoutMedian(24, 0))),
                ThroughputRowsTest.lstm(
                        "Dl4jLstmForwardBackward.forwardBackward",
                        32,
                        32,
                        List.of(0.05, 0.05),
                        Optional.of(Estimate.withoutMedian(1e7, 0))),
                ThroughputRowsTest.lstm(
                        "Dl4jLstmForwardBackward.forwardBackward", 64, 32, List.of(0.5, 0.5), Optional.empty()),
                ThroughputRowsTest.gemm("nd4jGemm", 32, 32, List.of(2e-5, 2e-5)),
                ThroughputRowsTest.gemm("cblasSgemm", 32, 32, List.of(1e-5, 1e-5)));

        List<KernelComparison> lines = KernelComparison.of(ms);

        assertEquals(1, lines.size());
        KernelComparison c = lines.get(0);
        assertEquals(25, c.speedupOverDl4j().getAsDouble(), 1e-9);
        double kernelGflops = 24.0 * 32 * 32 * 50 * 33 / 0.002 / 1e9;
        double gemmGflops = 2.0 * 32 * 32 * 128 / 2e-5 / 1e9;
        assertEquals(kernelGflops, c.kernelGflops(), 1e-9);
        assertEquals(gemmGflops, c.gemmGflops().getAsDouble(), 1e-9);
        assertEquals(kernelGflops / gemmGflops, c.shareOfGemm().getAsDouble(), 1e-9);
        assertEquals(kernelGflops / (2 * gemmGflops), c.shareOfCblas().getAsDouble(), 1e-9);
        assertEquals(24, c.kernelAllocBytes().getAsDouble());
        String table = KernelComparison.table(lines);
        assertTrue(table.contains("25.0x"), table);
    }

    @Test
    void aShapeWithoutPeersHasNoRatios() {
        KernelComparison c = KernelComparison.of(List.of(ThroughputRowsTest.lstm(
                        "KernelForwardBackward.forwardBackward", 10, 1, List.of(0.001, 0.001), Optional.empty())))
                .get(0);

        assertFalse(c.speedupOverDl4j().isPresent());
        assertFalse(c.shareOfGemm().isPresent());
        assertTrue(KernelComparison.table(List.of(c)).contains(" - "));
    }
}
