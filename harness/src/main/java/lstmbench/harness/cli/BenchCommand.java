package lstmbench.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lstmbench.harness.bench.BenchmarkSettings;
import lstmbench.harness.bench.BenchmarkSuite;
import lstmbench.harness.bench.SuiteResult;
import lstmbench.report.ReportRenderer;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lstmbench bench [--quick] [--out DIR]}: the JMH suite (kernel, deeplearning4j's LSTM as
 * the peer, the gemm ceilings, one training epoch per strategy) into DIR/throughput.csv and
 * DIR/jmh-results.json; when DIR already holds an experiment's results, its report is rendered
 * again so the throughput section appears.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Run the JMH throughput suite: the kernel's forward+backward per chunk against",
            "deeplearning4j's LSTM layer and the gemm ceilings (ND4J and the direct cblas_sgemm), and one",
            "training epoch of each strategy on a 47,249-point series, with JMH's GC profiler.",
            "Set OMP_NUM_THREADS=1 (scripts/lstmbench does) for comparable single-threaded numbers."
        },
        footer = {"", "Examples:", "  lstmbench bench --quick", "  lstmbench bench --out results/bench-full"})
final class BenchCommand implements Callable<Integer> {
    @Option(
            names = "--quick",
            description =
                    "the short setting (about 5 minutes; 1 fork, short iterations," + " three strategies' epochs)")
    boolean quick;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "results/bench",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BenchmarkSettings settings = quick ? BenchmarkSettings.quick() : BenchmarkSettings.full();
        SuiteResult result = BenchmarkSuite.run(settings, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(result.summary());
        if (Files.exists(ManifestFile.path(out)) || Files.exists(ResultsFiles.RUNS.path(out))) {
            stdout.println("report: " + ReportRenderer.render(out));
        }
        stdout.flush();
        return 0;
    }
}
