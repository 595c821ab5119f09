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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny real JMH run (the cheap gemm member, one shape, in this JVM) through the whole pipeline; no timing is asserted. */
class BenchmarkSuiteRunTest {
    @Test
    void writesJmhJsonAndThroughputRowsTheReportReads(@TempDir Path dir) throws Exception {
        BenchmarkSettings tiny = new BenchmarkSettings("tiny", 0, 1, Duration.ofMillis(20), 2, Duration.ofMillis(20),
                List.of(10), List.of(1));

        SuiteResult result = BenchmarkSuite.run(tiny, dir, List.of(CoreBenchmarks.GEMM));

        assertEquals(dir.resolve(BenchmarkSuite.JMH_JSON), result.jmhJson());
        assertTrue(Files.size(result.jmhJson()) > 0);
        assertEquals(2, result.measurements().size(), "nd4jGemm and cblasSgemm at H=10, B=1");
        List<ThroughputRecord> read = ResultsFiles.THROUGHPUT.read(dir);
        assertEquals(result.rows(), read);
        ThroughputRecord gflops = read.stream().filter(r -> r.metric() == ThroughputMetric.GFLOPS).findFirst().orElseThrow();
        assertEquals(BenchmarkSubject.GEMM, gflops.subject());
        assertEquals("H=10, B=1", gflops.parameters());
        assertTrue(gflops.score() > 0);
        assertTrue(read.stream().anyMatch(r -> r.metric() == ThroughputMetric.ALLOC_BYTES_PER_OP), "-prof gc ran");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("jmh-results.json", "throughput.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
        }
    }
}
