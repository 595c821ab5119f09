package lstmbench.harness.scaling;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.spec.DatasetSpecs;
import lstmbench.harness.config.ConfigException;
import lstmbench.harness.config.ExperimentConfig;
import lstmbench.harness.config.ExperimentLoader;
import lstmbench.harness.run.ExperimentPlan;
import lstmbench.harness.run.MemoryEstimate;
import lstmbench.harness.run.ProcessResources;
import lstmbench.report.io.AtomicFiles;
import lstmbench.report.io.ForecastArchive;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.RunRecord;
import lstmbench.strategies.StrategyException;

/**
 * How the cost of {@code lstmbench run} grows with the length of the series: the same small
 * experiment (a seasonal AR series, stateful TBPTT and chunked-reset with T = 100, 32 streams or
 * sequences per batch, 2 epochs, one learning rate and seed) at each requested length, each run as
 * its own child JVM so that its wall time, peak heap and peak resident set size are its own.
 *
 * <p>Output folder layout: {@code experiments/scale-LENGTH.yaml} (the experiment each child runs),
 * {@code runs/LENGTH/} (the child's results folder), {@code runs/LENGTH.log} (its stdout and
 * stderr), {@code runs/LENGTH.resources.json} (its {@link ProcessResources}), {@code scaling.csv}
 * (one {@link ScalingRow} per length measured, rewritten after each) and {@code report/index.html}
 * with two log-log charts.
 *
 * <p>Each child is the running java executable with {@code -Djava.awt.headless=true --add-modules
 * jdk.incubator.vector}, this JVM's {@code -Xmx} (when one was given), this JVM's class path and
 * {@code OMP_NUM_THREADS=1}, running {@code run FILE --out runs/LENGTH --workers N --quiet}.
 */
public final class ScalingBenchmark {
    /** The default lengths: the bundled 47,249-point series' length, ten and a hundred times it. */
    public static final List<Long> DEFAULT_LENGTHS = List.of(47_249L, 472_490L, 4_724_900L);

    /** The command line's main class, which each child runs. */
    static final String MAIN_CLASS = "lstmbench.harness.cli.LstmBench";

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    /**
     * What to run.
     *
     * @param lengths       series lengths, each run once, in the given order (distinct, positive)
     * @param out           the output folder
     * @param workersPerRun worker threads of each child run (--workers)
     */
    public record Settings(List<Long> lengths, Path out, int workersPerRun) {
        public Settings {
            lengths = List.copyOf(lengths);
            Objects.requireNonNull(out, "out");
        }
    }

    /** The measured rows and where they were written. */
    public record Outcome(List<ScalingRow> rows, Path csv, Path page) {
        public Outcome {
            rows = List.copyOf(rows);
        }
    }

    private ScalingBenchmark() {}

    /** The dataset specification of the scaling experiment at {@code length} points. */
    public static String datasetSpec(long length) {
        return "synthetic:seasonal-ar?lag=24&phi=0.9&sigma=1&length=" + length + "&seed=1";
    }

    /** The experiment a child runs at {@code length} points, as YAML text. */
    public static String experimentYaml(long length) {
        Map<String, Object> experiment = new LinkedHashMap<>();
        experiment.put("name", "scale-" + length);
        experiment.put(
                "description", "Scaling benchmark (lstmbench scale): the cost of one run at " + length + " points.");
        experiment.put("datasets", List.of(datasetSpec(length)));
        experiment.put(
                "strategies", List.of("stateful-tbptt?chunk=100&streams=32", "chunked-reset?chunk=100&batch=32"));
        experiment.put("model", Map.of("hiddenSize", 32, "layers", 1));
        experiment.put("learningRates", List.of(0.003));
        experiment.put("epochs", 2);
        experiment.put("seeds", List.of(1));
        experiment.put("evaluation", Map.of("window", 48));
        try {
            return YAML.writeValueAsString(experiment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses settings that cannot run, before anything is written: no lengths, a length that is not
     * positive or given twice, a length the dataset refuses, a shortest length too short for the
     * experiment's strategies and split (the experiment is prepared at that length, as the child
     * would), a longest length whose series would not fit the child's maximum heap
     * ({@link #requireHeapFits}), or fewer than one worker per run.
     */
    public static void check(Settings settings) {
        if (settings.lengths().isEmpty()) {
            throw new ScalingException("--lengths: give at least one series length, e.g. --lengths 20000,40000");
        }
        if (settings.workersPerRun() < 1) {
            throw new ScalingException("--workers-per-run must be >= 1, got " + settings.workersPerRun());
        }
        Set<Long> seen = new HashSet<>();
        for (long length : settings.lengths()) {
            if (length < 1) {
                throw new ScalingException("--lengths: " + length + " is not a positive number of points");
            }
            if (!seen.add(length)) {
                throw new ScalingException("--lengths: " + length + " is given twice; each length is run once");
            }
            try {
                DatasetSpecs.parse(datasetSpec(length));
            } catch (DatasetException refused) {
                throw new ScalingException("--lengths: " + length + " points: " + refused.getMessage(), refused);
            }
        }
        long shortest = settings.lengths().stream().min(Long::compare).orElseThrow();
        ExperimentConfig config = experiment(shortest);
        try {
            ExperimentPlan.prepare(config);
        } catch (ConfigException | DatasetException | StrategyException refused) {
            throw new ScalingException(
                    "--lengths: " + shortest + " points is too short for the scaling experiment: "
                            + refused.getMessage(),
                    refused);
        }
        requireHeapFits(
                settings.lengths().stream().max(Long::compare).orElseThrow(),
                config,
                settings.workersPerRun(),
                Runtime.getRuntime().maxMemory());
    }

    /**
     * Refuses a longest length whose series would not fit the child's maximum heap, taken as this
     * JVM's (each child gets its -Xmx; without one, both get the JVM's default on the same machine),
     * by the Java heap estimate {@code lstmbench run} refuses with (MemoryEstimate.heapBytes: one
     * series of that length, as many workers as train at once). Only the heap part of run's check:
     * the experiment's native buffers (fixed batch rows and chunk length) do not grow with the length.
     */
    static void requireHeapFits(long longest, ExperimentConfig config, int workersPerRun, long maxHeapBytes) {
        int groups = config.datasets().size()
                * config.strategies().size()
                * config.seeds().size();
        int atOnce = MemoryEstimate.workersAtOnce(workersPerRun, groups);
        long heap = MemoryEstimate.heapBytes(longest, longest, atOnce);
        if (heap > maxHeapBytes) {
            throw new ScalingException("--lengths: " + longest + " points need about " + MemoryEstimate.size(heap)
                    + " of Java heap in the child run with " + atOnce + " worker" + (atOnce > 1 ? "s" : "")
                    + ", more than its " + MemoryEstimate.size(maxHeapBytes) + " maximum heap (this JVM's); raise it"
                    + " (LSTMBENCH_HEAP=" + MemoryEstimate.suggestedHeap(heap) + " scripts/lstmbench scale ...), or"
                    + " leave out the longest length");
        }
    }

    private static ExperimentConfig experiment(long length) {
        try {
            return ExperimentLoader.parse(experimentYaml(length), "scale-" + length + ".yaml");
        } catch (ConfigException refused) {
            throw new ScalingException("--lengths: " + length + " points: " + refused.getMessage(), refused);
        }
    }

    /**
     * Checks the settings, removes the scaling.csv of an earlier invocation, runs one child per length
     * (in order, one at a time), measures each, rewrites scaling.csv (atomically) with every row
     * measured so far after each child, so that a failing child leaves the rows before it, and at the
     * end writes the report page. {@code progress} receives one line before and after each child.
     *
     * @throws ScalingException when a child fails (naming the length and its log file)
     */
    public static Outcome run(Settings settings, Consumer<String> progress) throws IOException, InterruptedException {
        check(settings);
        Path out = settings.out();
        Files.deleteIfExists(ScalingSchema.FILE.path(out));
        List<ScalingRow> rows = new ArrayList<>();
        for (long length : settings.lengths()) {
            Path yaml = out.resolve("experiments").resolve("scale-" + length + ".yaml");
            byte[] text = experimentYaml(length).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(yaml, stream -> stream.write(text));
            progress.accept(
                    String.format(Locale.ROOT, "scale: running %,d points (log: %s)", length, log(out, length)));
            ScalingRow row = measure(length, yaml, out, settings.workersPerRun());
            progress.accept(String.format(
                    Locale.ROOT,
                    "scale: %,d points took %.1f s (training %.1f s)",
                    length,
                    row.wallSeconds(),
                    row.trainingSeconds()));
            rows.add(row);
            rows.sort(Comparator.comparingLong(ScalingRow::points));
            ScalingSchema.FILE.write(out, rows);
        }
        Path page = ScalingReport.page(rows).write(out.resolve("report"));
        return new Outcome(rows, ScalingSchema.FILE.path(out), page);
    }

    /** The rows as the plain-text table {@code lstmbench scale} prints at the end. */
    public static String table(List<ScalingRow> rows) {
        return ScalingReport.table(rows);
    }

    private static Path log(Path out, long length) {
        return out.resolve("runs").resolve(length + ".log");
    }

    /** Runs the child for one length and reads what it cost. */
    private static ScalingRow measure(long length, Path yaml, Path out, int workers)
            throws IOException, InterruptedException {
        Path runDir = out.resolve("runs").resolve(Long.toString(length));
        Path log = log(out, length);
        Path resourcesFile = out.resolve("runs").resolve(length + ".resources.json");
        Files.createDirectories(runDir.getParent());
        Files.deleteIfExists(resourcesFile);
        List<String> command = childCommand(yaml, runDir, resourcesFile, workers);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OMP_NUM_THREADS", "1");
        long start = System.nanoTime();
        Process child = builder.start();
        int exit;
        try {
            exit = child.waitFor();
        } catch (InterruptedException interrupted) {
            child.destroyForcibly();
            throw interrupted;
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new ScalingException(
                    "the run at " + length + " points failed (exit code " + exit + "); see its log " + log);
        }
        if (!Files.isRegularFile(resourcesFile)) {
            throw new ScalingException("the run at " + length + " points finished without writing " + resourcesFile
                    + "; see its log " + log);
        }
        ProcessResources resources = ProcessResources.read(resourcesFile);
        List<RunRecord> runs = ResultsFiles.RUNS.read(runDir);
        double training =
                runs.stream().mapToDouble(r -> r.protocol().trainingSeconds()).sum();
        double evaluation =
                runs.stream().mapToDouble(r -> r.protocol().evaluationSeconds()).sum();
        return new ScalingRow(
                length,
                wallSeconds,
                training,
                evaluation,
                resources.peakHeapBytes(),
                resources.peakRssBytes(),
                bytesOf(runDir, file -> true),
                sizeIfPresent(ResultsFiles.SERIES.path(runDir)),
                sizeIfPresent(ResultsFiles.FORECASTS.path(runDir))
                        + sizeIfPresent(runDir.resolve(ForecastArchive.FILE_NAME)));
    }

    private static long sizeIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.size(file) : 0;
    }

    /** The command line of the child JVM for one length. */
    static List<String> childCommand(Path yaml, Path runDir, Path resourcesFile, int workers) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Djava.awt.headless=true");
        command.add("--add-modules");
        command.add("jdk.incubator.vector");
        heapLimit(ManagementFactory.getRuntimeMXBean().getInputArguments()).ifPresent(command::add);
        // as scripts/lstmbench: the kernel's buffers bounded by the machine, not by javacpp's -Xmx multiples
        command.add("-Dorg.bytedeco.javacpp.maxbytes=0");
        command.add("-Dorg.bytedeco.javacpp.maxphysicalbytes=0");
        command.add("-D" + ProcessResources.FILE_PROPERTY + "=" + resourcesFile.toAbsolutePath());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(List.of(
                "run", yaml.toString(), "--out", runDir.toString(), "--workers", Integer.toString(workers), "--quiet"));
        return command;
    }

    /** The last -Xmx of a JVM's input arguments (the one the JVM applies), if any. */
    static Optional<String> heapLimit(List<String> inputArguments) {
        return inputArguments.stream()
                .filter(argument -> argument.startsWith("-Xmx"))
                .reduce((first, second) -> second);
    }

    /** Bytes of the regular files under {@code dir} (recursively) that match. */
    static long bytesOf(Path dir, Predicate<Path> matching) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && matching.test(file)) {
                    total += Files.size(file);
                }
            }
            return total;
        }
    }
}
