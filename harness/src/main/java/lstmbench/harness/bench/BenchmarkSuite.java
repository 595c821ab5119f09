package lstmbench.harness.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.ThroughputRecord;
import org.nd4j.common.config.ND4JSystemProperties;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH suite programmatically and writes its results into an output folder:
 *
 * <pre>
 * jmh-results.json  JMH's own JSON (every iteration, every secondary result)
 * throughput.csv    the report's throughput schema, one row per benchmark, parameter set and metric
 * </pre>
 *
 * <p>The single entry point is run(settings, outputDir) over DEFAULT_MEMBERS (kernel,
 * deeplearning4j, gemm ceilings, strategy epochs); the {@code lstmbench bench} command calls it
 * with BenchmarkSettings.quick() or full(). run(settings, outputDir, members) runs a subset.
 * Members are run in groups of equal timing (one JMH Runner per group: the chunk benchmarks and the
 * single-shot epochs need different iteration counts) and their results written as one JSON file.
 *
 * <p>Every benchmark runs in a forked JVM with -Djava.awt.headless=true, --add-modules
 * jdk.incubator.vector (the kernel's vectorised gate math, see lstmbench.kernel.Lstm.gateMath();
 * the fork's incubator warning goes to its stderr), ND4J's initialisation report turned off (so the
 * native build banner stays out of the output) and the GC profiler (-prof gc, for
 * gc.alloc.rate.norm = bytes allocated per op). JMH forks inherit this process's
 * environment, so the CALLER must set OMP_NUM_THREADS=1 (the scripts/lstmbench wrapper does); the
 * suite warns when it is not 1 and records the value in its result, because ND4J's OpenMP and
 * OpenBLAS threads would otherwise compete for the 2 cores the targets are set on.
 *
 * <p>Without the CLI, from the repository root (exec:exec runs in harness/, hence the absolute
 * folder):
 *
 * <pre>
 * OMP_NUM_THREADS=1 mvn -B -q -pl harness compile exec:exec -Dexec.executable=java \
 *   -Dexec.args="--add-modules jdk.incubator.vector -cp %classpath \
 *   lstmbench.harness.bench.BenchmarkSuite quick $PWD/results/bench-quick"
 * </pre>
 *
 * or from the built jar, only the strategy epochs (a third argument: all, chunks or epochs):
 *
 * <pre>
 * OMP_NUM_THREADS=1 java --add-modules jdk.incubator.vector -cp "harness/target/lstmbench.jar:harness/target/lib/*" \
 *   lstmbench.harness.bench.BenchmarkSuite full results/bench-epochs epochs
 * </pre>
 *
 * <p>A shaded application jar must keep META-INF/BenchmarkList (JMH's list of benchmarks); the
 * forks reuse this JVM's java.class.path.
 */
public final class BenchmarkSuite {
    /** File name of JMH's JSON in the output folder. */
    public static final String JMH_JSON = "jmh-results.json";

    /** The whole suite: kernel, deeplearning4j and gemm ceilings, then one epoch of each strategy. */
    public static final List<SuiteBenchmark> DEFAULT_MEMBERS = Stream.concat(
                    CoreBenchmarks.ALL.stream(), Stream.of(EpochBenchmarks.STRATEGY_EPOCH))
            .toList();

    private BenchmarkSuite() {}

    /** The whole suite (DEFAULT_MEMBERS) with the given settings, results into outputDir. */
    public static SuiteResult run(BenchmarkSettings settings, Path outputDir) throws IOException, RunnerException {
        return run(settings, outputDir, DEFAULT_MEMBERS);
    }

    /**
     * Runs the given members' benchmarks and writes jmh-results.json and throughput.csv into
     * outputDir, each replaced whole (never half-written). A failing benchmark fails the run.
     */
    public static SuiteResult run(BenchmarkSettings settings, Path outputDir, List<SuiteBenchmark> members)
            throws IOException, RunnerException {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no benchmarks to run");
        }
        Optional<String> omp = Optional.ofNullable(System.getenv("OMP_NUM_THREADS"));
        if (!omp.equals(Optional.of("1"))) {
            System.err.println("warning: OMP_NUM_THREADS is " + omp.orElse("unset") + "; the benchmark forks inherit"
                    + " it. Set OMP_NUM_THREADS=1 for single-threaded, comparable numbers.");
        }
        Files.createDirectories(outputDir);
        Path json = outputDir.resolve(JMH_JSON);
        Path partial = outputDir.resolve("." + JMH_JSON + ".partial");
        try {
            List<RunResult> results = new ArrayList<>();
            for (Map.Entry<BenchmarkSettings.Timing, List<SuiteBenchmark>> group :
                    byTiming(settings, members).entrySet()) {
                results.addAll(new Runner(options(settings, group.getKey(), group.getValue())).run());
            }
            List<Measurement> measurements = JmhMeasurements.from(results);
            List<ThroughputRecord> rows = rows(measurements, members);
            try (PrintStream out = new PrintStream(Files.newOutputStream(partial), false, StandardCharsets.UTF_8)) {
                ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
            }
            move(partial, json);
            ResultsFiles.THROUGHPUT.write(outputDir, rows);
            return new SuiteResult(settings, omp, json, ResultsFiles.THROUGHPUT.path(outputDir), measurements, rows);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The members grouped by the timing they run with, in the order each timing first appears. */
    static Map<BenchmarkSettings.Timing, List<SuiteBenchmark>> byTiming(
            BenchmarkSettings settings, List<SuiteBenchmark> members) {
        Map<BenchmarkSettings.Timing, List<SuiteBenchmark>> groups = new LinkedHashMap<>();
        for (SuiteBenchmark member : members) {
            groups.computeIfAbsent(member.timing(settings), t -> new ArrayList<>())
                    .add(member);
        }
        return groups;
    }

    /**
     * The JMH options of one group: one include per member, the settings' shapes and strategies
     * (JMH applies a parameter only to benchmarks that declare it), the group's timing and -prof gc.
     * The JSON is written by run from all groups' results, so JMH writes no result file.
     */
    static Options options(BenchmarkSettings settings, BenchmarkSettings.Timing timing, List<SuiteBenchmark> members) {
        ChainedOptionsBuilder options = new OptionsBuilder();
        for (SuiteBenchmark member : members) {
            options.include(includePattern(member));
        }
        return options.param("H", strings(settings.hiddenSizes()))
                .param("B", strings(settings.batchSizes()))
                .param("strategy", settings.strategies().toArray(String[]::new))
                .forks(timing.forks())
                .warmupIterations(timing.warmupIterations())
                .warmupTime(TimeValue.milliseconds(timing.warmupTime().toMillis()))
                .measurementIterations(timing.measurementIterations())
                .measurementTime(TimeValue.milliseconds(timing.measurementTime().toMillis()))
                .jvmArgsAppend(
                        "-Djava.awt.headless=true",
                        "--add-modules=jdk.incubator.vector",
                        "-D" + ND4JSystemProperties.LOG_INITIALIZATION + "=false")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .build();
    }

    /** The throughput rows of all measurements, each converted by the member owning its benchmark class. */
    static List<ThroughputRecord> rows(List<Measurement> measurements, List<SuiteBenchmark> members) {
        List<ThroughputRecord> rows = new ArrayList<>();
        for (Measurement m : measurements) {
            SuiteBenchmark owner = members.stream()
                    .filter(member -> member.benchmarkClass().getName().equals(m.className()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no suite member converts " + m.benchmark()));
            rows.addAll(owner.rows(m));
        }
        return rows;
    }

    /** Matches exactly the @Benchmark methods of the member's class. */
    static String includePattern(SuiteBenchmark member) {
        return "^" + Pattern.quote(member.benchmarkClass().getName() + ".") + "[^.]+$";
    }

    private static String[] strings(List<Integer> values) {
        return values.stream().map(String::valueOf).toArray(String[]::new);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * {@code BenchmarkSuite quick|full [outputDir [all|chunks|epochs]]}: runs the whole suite (or only
     * the chunk members, or only the strategy epochs) and prints the comparison.
     */
    public static void main(String[] args) throws IOException, RunnerException {
        if (args.length < 1 || args.length > 3) {
            System.err.println(
                    "usage: BenchmarkSuite quick|full [outputDir (default results/bench) [all|chunks|epochs]]");
            System.exit(2);
        }
        BenchmarkSettings settings;
        try {
            settings = BenchmarkSettings.named(args[0]);
        } catch (IllegalArgumentException unknown) {
            System.err.println(unknown.getMessage());
            System.exit(2);
            return;
        }
        List<SuiteBenchmark> members = switch (args.length == 3 ? args[2] : "all") {
            case "all" -> DEFAULT_MEMBERS;
            case "chunks" -> CoreBenchmarks.ALL;
            case "epochs" -> List.of(EpochBenchmarks.STRATEGY_EPOCH);
            default -> {
                System.err.println("unknown member selection '" + args[2] + "'; valid: all, chunks, epochs");
                System.exit(2);
                yield List.of();
            }
        };
        SuiteResult result = run(settings, Path.of(args.length >= 2 ? args[1] : "results/bench"), members);
        System.out.println(result.summary());
    }
}
