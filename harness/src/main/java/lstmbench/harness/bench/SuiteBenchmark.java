/*
 * One member of the benchmark suite: a JMH benchmark class (every @Benchmark method in it runs,
 * at the settings' shapes where it declares the @Params H and B) and how its measurements become
 * rows of throughput.csv. The extension point: a strategy-epoch benchmark joins the suite as one
 * more implementation (subject STRATEGY_EPOCH, seconds per epoch, timesteps per epoch, allocation
 * per epoch), passed to BenchmarkSuite.run next to BenchmarkSuite.coreBenchmarks().
 */
package lstmbench.harness.bench;

import java.util.List;

import lstmbench.report.results.ThroughputRecord;

public interface SuiteBenchmark {
    /** The JMH benchmark class this member runs. */
    Class<?> benchmarkClass();

    /** The throughput rows of one measurement of this member's class (possibly none). */
    List<ThroughputRecord> rows(Measurement measurement);
}
