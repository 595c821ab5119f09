package lstmbench.harness.bench;

import java.util.List;
import lstmbench.report.results.ThroughputRecord;

/**
 * One member of the benchmark suite: a JMH benchmark class (every {@code @Benchmark} method in it
 * runs, at the settings' shapes where it declares the {@code @Params} H and B, and strategies where
 * it declares strategy), the timing it runs with, and how its measurements become rows of
 * throughput.csv. Members: CoreBenchmarks (kernel, deeplearning4j, gemm ceilings) and
 * EpochBenchmarks (one training epoch per strategy); BenchmarkSuite.DEFAULT_MEMBERS is the whole
 * suite.
 */
public interface SuiteBenchmark {
    /** The JMH benchmark class this member runs. */
    Class<?> benchmarkClass();

    /** Forks and iterations of this member: the chunk timing unless the member says otherwise. */
    default BenchmarkSettings.Timing timing(BenchmarkSettings settings) {
        return settings.chunks();
    }

    /** The throughput rows of one measurement of this member's class (possibly none). */
    List<ThroughputRecord> rows(Measurement measurement);
}
