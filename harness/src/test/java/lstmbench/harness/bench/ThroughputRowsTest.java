package lstmbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThroughputRowsTest {
    private static final String PACKAGE = "lstmbench.harness.bench.";

    static Measurement lstm(String benchmark, int h, int b, List<Double> seconds, Optional<Estimate> alloc) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("B", String.valueOf(b));
        params.put("H", String.valueOf(h));
        params.put("I", "1");
        params.put("T", "50");
        return new Measurement(PACKAGE + benchmark, params, seconds, alloc);
    }

    static Measurement gemm(String method, int h, int b, List<Double> seconds) {
        return new Measurement(
                PACKAGE + "GemmCeiling." + method,
                Map.of("B", String.valueOf(b), "H", String.valueOf(h)),
                seconds,
                Optional.of(Estimate.withoutMedian(0, 0)));
    }

    @Test
    void kernelMeasurementBecomesTimeTimestepsGflopsAndAllocationRows() {
        Measurement m = lstm(
                "KernelForwardBackward.forwardBackward",
                10,
                32,
                List.of(0.002, 0.002, 0.002),
                Optional.of(Estimate.withoutMedian(16, 2)));
        List<ThroughputRecord> rows = CoreBenchmarks.KERNEL.rows(m);

        assertEquals(4, rows.size());
        for (ThroughputRecord r : rows) {
            assertEquals("KernelForwardBackward.forwardBackward", r.benchmark());
            assertEquals(BenchmarkSubject.KERNEL, r.subject());
            assertEquals("H=10, B=32, T=50, I=1", r.parameters());
            assertEquals(10, r.parameter("H").getAsDouble());
            assertEquals(32, r.parameter("B").getAsDouble());
        }
        assertRow(rows, ThroughputMetric.SECONDS_PER_OP, 0.002, "s/op");
        assertRow(rows, ThroughputMetric.TIMESTEPS_PER_SECOND, 50 * 32 / 0.002, "timesteps/s");
        // 24*B*H*T*(H+I) = 4,224,000 FLOPs per op, in 2 ms
        assertRow(rows, ThroughputMetric.GFLOPS, 4_224_000 / 0.002 / 1e9, "GFLOP/s");
        assertRow(rows, ThroughputMetric.ALLOC_BYTES_PER_OP, 16, "B/op");
        assertEquals(2, find(rows, ThroughputMetric.ALLOC_BYTES_PER_OP).error());
        assertEquals(0, find(rows, ThroughputMetric.SECONDS_PER_OP).error(), 1e-15);
    }

    @Test
    void theMedianOfTheIterationsStandsBesideTheMeanAndIgnoresAFewSlowOnes() {
        // five iterations, two of them slowed (as by another tenant of the host): the mean moves, the median not
        Measurement m = lstm(
                "KernelForwardBackward.forwardBackward",
                10,
                32,
                List.of(0.002, 0.0021, 0.003, 0.002, 0.0032),
                Optional.of(Estimate.withoutMedian(16, 2)));
        List<ThroughputRecord> rows = CoreBenchmarks.KERNEL.rows(m);

        ThroughputRecord seconds = find(rows, ThroughputMetric.SECONDS_PER_OP);
        assertEquals(0.00246, seconds.score(), 1e-12);
        assertEquals(0.0021, seconds.median(), 1e-12);
        assertEquals(
                50 * 32 / 0.0021,
                find(rows, ThroughputMetric.TIMESTEPS_PER_SECOND).median(),
                1e-6);
        assertEquals(
                4_224_000 / 0.0021 / 1e9, find(rows, ThroughputMetric.GFLOPS).median(), 1e-9);
        assertTrue(Double.isNaN(find(rows, ThroughputMetric.ALLOC_BYTES_PER_OP).median()), "JMH gives no iterations");
    }

    @Test
    void ratesAreAveragedIterationByIterationNotInvertedFromTheMeanTime() {
        Measurement m =
                lstm("Dl4jLstmForwardBackward.forwardBackward", 32, 32, List.of(0.001, 0.002, 0.004), Optional.empty());
        List<ThroughputRecord> rows = CoreBenchmarks.DL4J.rows(m);

        assertEquals(3, rows.size(), "no allocation row without the GC profiler");
        assertTrue(rows.stream().allMatch(r -> r.subject() == BenchmarkSubject.DL4J_LSTM));
        double timesteps = 1600;
        assertRow(
                rows,
                ThroughputMetric.TIMESTEPS_PER_SECOND,
                (timesteps / 0.001 + timesteps / 0.002 + timesteps / 0.004) / 3,
                "timesteps/s");
        assertRow(rows, ThroughputMetric.SECONDS_PER_OP, 0.007 / 3, "s/op");
        assertTrue(find(rows, ThroughputMetric.TIMESTEPS_PER_SECOND).error() > 0);
    }

    @Test
    void nd4jGemmIsTheGemmSubjectAndTheDirectCblasCallTheBlasGemmSubject() {
        List<ThroughputRecord> nd4j = CoreBenchmarks.GEMM.rows(gemm("nd4jGemm", 128, 32, List.of(1e-4, 1e-4)));
        List<ThroughputRecord> cblas = CoreBenchmarks.GEMM.rows(gemm("cblasSgemm", 128, 32, List.of(5e-5, 5e-5)));

        assertEquals(3, nd4j.size());
        assertTrue(nd4j.stream()
                .allMatch(r ->
                        r.subject() == BenchmarkSubject.GEMM && r.parameters().equals("H=128, B=32")));
        assertRow(nd4j, ThroughputMetric.GFLOPS, 2.0 * 32 * 128 * 512 / 1e-4 / 1e9, "GFLOP/s");
        assertEquals(3, cblas.size());
        assertTrue(cblas.stream()
                .allMatch(r -> r.subject() == BenchmarkSubject.BLAS_GEMM
                        && r.benchmark().equals("GemmCeiling.cblasSgemm")
                        && r.parameters().equals("H=128, B=32")));
        assertRow(cblas, ThroughputMetric.GFLOPS, 2.0 * 32 * 128 * 512 / 5e-5 / 1e9, "GFLOP/s");
    }

    @Test
    void aGemmMethodWithoutASubjectIsAnError() {
        assertThrows(
                IllegalArgumentException.class, () -> CoreBenchmarks.GEMM.rows(gemm("other", 10, 1, List.of(1e-5))));
    }

    @Test
    void everyMeasurementIsConvertedByTheMemberOwningItsClass() {
        List<Measurement> ms = List.of(
                lstm("KernelForwardBackward.forwardBackward", 10, 1, List.of(0.001, 0.001), Optional.empty()),
                lstm("Dl4jLstmForwardBackward.forwardBackward", 10, 1, List.of(0.01, 0.01), Optional.empty()),
                gemm("nd4jGemm", 10, 1, List.of(1e-5, 1e-5)),
                gemm("cblasSgemm", 10, 1, List.of(1e-6, 1e-6)));
        List<ThroughputRecord> rows = BenchmarkSuite.rows(ms, CoreBenchmarks.ALL);

        assertEquals(3 + 3 + 3 + 3, rows.size());
        assertThrows(IllegalStateException.class, () -> BenchmarkSuite.rows(ms, List.of(CoreBenchmarks.KERNEL)));
    }

    @Test
    void rowsSurviveTheReportsThroughputFile(@TempDir Path dir) throws IOException {
        List<ThroughputRecord> rows = BenchmarkSuite.rows(
                List.of(
                        lstm(
                                "KernelForwardBackward.forwardBackward",
                                64,
                                128,
                                List.of(0.03, 0.031),
                                Optional.of(Estimate.withoutMedian(40, 1))),
                        gemm("nd4jGemm", 64, 128, List.of(2e-5, 2.1e-5))),
                CoreBenchmarks.ALL);

        ResultsFiles.THROUGHPUT.write(dir, rows);

        assertEquals(rows, ResultsFiles.THROUGHPUT.read(dir));
    }

    private static void assertRow(List<ThroughputRecord> rows, ThroughputMetric metric, double score, String unit) {
        ThroughputRecord r = find(rows, metric);
        assertEquals(score, r.score(), Math.abs(score) * 1e-12);
        assertEquals(unit, r.unit());
    }

    private static ThroughputRecord find(List<ThroughputRecord> rows, ThroughputMetric metric) {
        return rows.stream().filter(r -> r.metric() == metric).findFirst().orElseThrow();
    }
}
