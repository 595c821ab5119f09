package lstmbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny real JMH run in this JVM through the whole pipeline: the cheap gemm member at one shape and
 * one chunked-reset epoch, so both timing groups run and land in one JSON file; no timing is asserted.
 */
class BenchmarkSuiteRunTest {
    /** JMH refuses to start while another JMH run holds /tmp/jmh.lock; this run asserts no timing, so it may share. */
    @BeforeAll
    static void shareTheMachineWithRunningBenchmarks() {
        System.setProperty("jmh.ignoreLock", "true");
    }

    @AfterAll
    static void restoreTheLock() {
        System.clearProperty("jmh.ignoreLock");
    }

    @Test
    void writesJmhJsonAndThroughputRowsTheReportReads(@TempDir Path dir) throws Exception {
        BenchmarkSettings.Timing chunks =
                new BenchmarkSettings.Timing(0, 1, Duration.ofMillis(20), 2, Duration.ofMillis(20));
        BenchmarkSettings.Timing epochs =
                new BenchmarkSettings.Timing(0, 0, Duration.ofMillis(20), 2, Duration.ofMillis(20));
        BenchmarkSettings tiny =
                new BenchmarkSettings("tiny", chunks, epochs, List.of(10), List.of(1), List.of("chunked-reset"));

        SuiteResult result =
                BenchmarkSuite.run(tiny, dir, List.of(CoreBenchmarks.GEMM, EpochBenchmarks.STRATEGY_EPOCH));

        assertEquals(dir.resolve(BenchmarkSuite.JMH_JSON), result.jmhJson());
        String json = Files.readString(result.jmhJson());
        assertTrue(
                json.contains("GemmCeiling.nd4jGemm") && json.contains("StrategyEpoch.epoch"),
                "both groups in one JSON");
        assertEquals(3, result.measurements().size(), "nd4jGemm and cblasSgemm at H=10, B=1, one strategy epoch");
        List<ThroughputRecord> read = ResultsFiles.THROUGHPUT.read(dir);
        assertEquals(result.rows(), read);
        ThroughputRecord gflops = read.stream()
                .filter(r -> r.metric() == ThroughputMetric.GFLOPS && r.subject() == BenchmarkSubject.GEMM)
                .findFirst()
                .orElseThrow();
        assertEquals("H=10, B=1", gflops.parameters());
        assertTrue(gflops.score() > 0);
        assertTrue(read.stream().anyMatch(r -> r.metric() == ThroughputMetric.ALLOC_BYTES_PER_OP), "-prof gc ran");
        assertTrue(read.stream().anyMatch(r -> r.subject() == BenchmarkSubject.BLAS_GEMM));
        List<ThroughputRecord> epoch = read.stream()
                .filter(r -> r.subject() == BenchmarkSubject.STRATEGY_EPOCH)
                .toList();
        assertEquals(4, epoch.size(), "seconds, timesteps/s, bytes per epoch and per step");
        assertTrue(epoch.stream().allMatch(r -> r.textParameter("strategy").equals("chunked-reset") && r.score() > 0));
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("jmh-results.json", "throughput.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files left");
        }
    }
}
