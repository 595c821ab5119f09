package lstmbench.harness.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputRecord;

/**
 * What one run of the suite produced: the files it wrote, the measurements and the throughput rows
 * (summarised as the kernel comparison and, when strategies ran, one line per strategy epoch),
 * and the environment that decides whether the numbers mean what they claim (OMP_NUM_THREADS).
 */
public record SuiteResult(
        BenchmarkSettings settings,
        Optional<String> ompNumThreads,
        Path jmhJson,
        Path throughputCsv,
        List<Measurement> measurements,
        List<ThroughputRecord> rows) {
    public SuiteResult {
        measurements = List.copyOf(measurements);
        rows = List.copyOf(rows);
    }

    /** The kernel against its peers, one line per shape (empty when the kernel did not run). */
    public List<KernelComparison> kernelComparison() {
        return KernelComparison.of(measurements);
    }

    /** A console summary: setting, environment, files and the comparison table. */
    public String summary() {
        return "Benchmark setting '" + settings.name() + "', OMP_NUM_THREADS=" + ompNumThreads.orElse("(unset)")
                + "\nJMH results: " + jmhJson + "\nThroughput rows: " + throughputCsv + " (" + rows.size() + " rows)\n"
                + (kernelComparison().isEmpty() ? "" : KernelComparison.table(kernelComparison()))
                + (rows.stream().anyMatch(r -> r.subject() == BenchmarkSubject.STRATEGY_EPOCH)
                        ? "\n" + EpochBenchmarks.table(rows)
                        : "");
    }
}
