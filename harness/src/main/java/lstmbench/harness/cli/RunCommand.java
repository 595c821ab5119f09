package lstmbench.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import lstmbench.harness.config.ExperimentConfig;
import lstmbench.harness.config.ExperimentLoader;
import lstmbench.harness.run.DatasetFingerprints;
import lstmbench.harness.run.ExperimentPlan;
import lstmbench.harness.run.ExperimentRunner;
import lstmbench.harness.run.FolderLock;
import lstmbench.harness.run.MemoryEstimate;
import lstmbench.harness.run.OutputFolder;
import lstmbench.harness.run.ProcessResources;
import lstmbench.report.results.DatasetFingerprint;
import lstmbench.report.results.Shard;
import lstmbench.strategies.StrategyRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lstmbench run <preset|file.yaml>}: loads the experiment, applies the command-line
 * overrides, resolves it against its data (refusing what does not fit before anything trains),
 * locks and checks the output folder, runs every group on the worker pool and renders the report.
 *
 * <p>Refused before anything is written (exit code 2): an empty --out, --resume of a folder that does
 * not exist, and a model whose kernel buffers would not fit the machine's memory (MemoryEstimate).
 * More workers than cores is allowed, with a warning on stderr.
 *
 * <p>When the system property {@value ProcessResources#FILE_PROPERTY} names a file, the run ends by
 * writing the process's wall time, peak heap and peak resident set size there as JSON
 * ({@link ProcessResources}); {@code lstmbench scale} reads it from each child run.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Train every strategy of an experiment (a preset or a YAML file) and write its results",
            "folder: manifest.json, runs.csv, curves.csv, forecasts.csv, series.csv, splits.csv and",
            "report/index.html."
        },
        footer = {
            "",
            "Presets: "
                    + "quick, seed-question, seed-question-updates, memory-sweep, memory-followup, real-data, asker",
            "",
            "Examples:",
            "  lstmbench run quick",
            "  lstmbench run quick --data 'csv:my.csv?column=value&missing=interpolate' --out results/mine",
            "  lstmbench run seed-question --data pollution-temp --seeds 3",
            "  lstmbench run memory-sweep --strategies chunked-reset,stateful-tbptt --seeds 1",
            "  lstmbench run my-experiment.yaml --workers 1 --quiet",
            "  lstmbench run quick --resume     # continue an interrupted run in results/quick",
            "  lstmbench run memory-sweep --shard auto --out shards/$SLURM_ARRAY_TASK_ID  # a Slurm array task",
            "",
            "--shard I/N deals the run groups, ordered by strategy, then dataset, then seed, to N shards",
            "(the k-th to shard k mod N) and runs shard I's; merge the N folders with lstmbench merge."
        })
final class RunCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "PRESET|FILE", description = "a preset name or an experiment .yaml file")
    String experiment;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<experiment name>)")
    Optional<Path> out;

    @Option(
            names = "--resume",
            description = "keep the groups committed in the results folder (groups/) and run only the rest")
    boolean resume;

    @Option(names = "--force", description = "replace results of a different experiment in the results folder")
    boolean force;

    @Option(names = "--workers", paramLabel = "N", description = "worker threads, one run each (default: cores)")
    Optional<Integer> workers;

    @Option(names = "--quiet", description = "no progress bar; one line per finished run group")
    boolean quiet;

    @Option(
            names = "--shard",
            paramLabel = "I/N|auto",
            description = {
                "run only shard I of N (0-based) of the run groups, into its own --out folder; auto reads",
                "it from a Slurm job array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT) or, with auto/N, from a",
                "Kubernetes Indexed Job (JOB_COMPLETION_INDEX)"
            })
    Optional<String> shard;

    @Option(
            names = "--data",
            paramLabel = "SPEC",
            description = "replace the experiment's datasets (repeat for several), e.g. csv:my.csv?column=value")
    List<String> data = new ArrayList<>();

    @Option(
            names = "--strategies",
            paramLabel = "LIST",
            split = ",",
            description = {
                "replace the strategies, e.g. sliding-window,stateful-tbptt?chunk=100; a bare name the",
                "experiment already lists keeps the experiment's parameters for it (a subset of a preset)"
            })
    List<String> strategies = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", description = "use seeds 1..N")
    Optional<Integer> seeds;

    @Option(
            names = "--epochs",
            paramLabel = "N",
            description = "a budget of N epochs per run (replaces the experiment's budget)")
    Optional<Integer> epochs;

    @Option(
            names = "--save-forecasts",
            paramLabel = "stretch|all",
            description = {
                "test forecasts kept per chosen run: stretch (default: the first "
                        + ExperimentConfig.SavedForecasts.STRETCH_POINTS
                        + " test points, in forecasts.csv) or",
                "all (also every test forecast in forecasts.csv.gz, gzip-compressed CSV)"
            })
    Optional<String> saveForecasts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExperimentConfig config = overridden(ExperimentLoader.load(experiment));
        int workerCount = workers.orElse(Runtime.getRuntime().availableProcessors());
        if (workerCount < 1) {
            throw new BadInputException("--workers must be >= 1, got " + workerCount);
        }
        if (out.isPresent() && out.get().toString().isBlank()) {
            throw new BadInputException("--out is empty: give the results folder, e.g. --out results/" + config.name());
        }
        Optional<Shard> share = shard.map(text -> ShardOption.resolve(text, System.getenv()));
        Path dir = out.orElse(Path.of(
                "results",
                config.name()
                        + share.map(s -> "-shard-" + s.index() + "-of-" + s.count())
                                .orElse("")));
        if (resume && !Files.exists(dir)) {
            throw new BadInputException("--resume: " + dir + " does not exist, so there is nothing to resume;"
                    + " leave out --resume to start " + config.name() + " there");
        }
        // through text, so that it compares equal to the same configuration read back from manifest.json
        JsonNode configuration = JSON.readTree(JSON.writeValueAsString(config));
        MemoryEstimate.Limits limits = MemoryEstimate.Limits.ofThisMachine();
        ExperimentPlan plan = MemoryEstimate.prepareWithinHeap(config, limits);
        MemoryEstimate.requireFits(plan, workerCount, limits);
        int cores = Runtime.getRuntime().availableProcessors();
        if (workerCount > cores) {
            warn("--workers " + workerCount + " is more than the " + cores + " cores of this machine: the runs"
                    + " share the cores (each takes longer, so timing columns are slower) and their buffers are"
                    + " held at once; " + cores + " or fewer is faster");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        List<DatasetFingerprint> fingerprints = DatasetFingerprints.of(plan);
        OutputFolder.check(dir, configuration, config.name(), fingerprints, share, resume, force);
        ExperimentRunner.Summary summary;
        ExperimentRunner.Progress progress;
        try (FolderLock lock = FolderLock.acquire(dir)) {
            Optional<String> note =
                    OutputFolder.prepare(dir, configuration, config.name(), fingerprints, share, resume, force);
            note.ifPresent(this::warn);
            progress = quiet ? new QuietProgress(stdout) : new BarProgress(config.name());
            summary = ExperimentRunner.run(
                    plan, dir, configuration, commandText(), workerCount, resume, share, fingerprints, progress);
        }
        if (progress instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // the bar only draws on the console
            }
        }
        stdout.printf(
                "%s: %d runs (%d groups run, %d resumed) in %.1f s on %d workers%n",
                config.name() + share.map(s -> " shard " + s).orElse(""),
                summary.runs(),
                summary.groupsRun(),
                summary.groupsSkipped(),
                summary.seconds(),
                workerCount);
        stdout.println("report: " + summary.report());
        stdout.flush();
        ProcessResources.writeIfRequested();
        return 0;
    }

    /**
     * The strategies {@code --strategies} asks for: a specification with parameters as given; a bare
     * name replaced by every specification of that name the experiment lists (so that selecting from
     * a preset keeps its W and T), or left bare (the strategy's defaults) when the experiment has none.
     */
    static List<String> chooseStrategies(List<String> requested, List<String> experiment) {
        List<String> chosen = new ArrayList<>();
        for (String request : requested) {
            List<String> listed = request.contains("?")
                    ? List.of()
                    : experiment.stream()
                            .filter(spec -> StrategyRegistry.parse(spec).name().equals(request))
                            .toList();
            chosen.addAll(listed.isEmpty() ? List.of(request) : listed);
        }
        return chosen;
    }

    private ExperimentConfig overridden(ExperimentConfig c) {
        ExperimentConfig result = c;
        if (!data.isEmpty()) {
            result = result.withDatasets(data);
        }
        if (!strategies.isEmpty()) {
            List<String> chosen = chooseStrategies(strategies, c.strategies());
            for (String s : chosen) {
                StrategyRegistry.parse(s);
            }
            result = result.withStrategies(chosen);
        }
        if (seeds.isPresent()) {
            if (seeds.get() < 1) {
                throw new BadInputException("--seeds must be >= 1, got " + seeds.get());
            }
            result = result.withSeeds(
                    LongStream.rangeClosed(1, seeds.get()).boxed().toList());
        }
        if (epochs.isPresent()) {
            if (epochs.get() < 1) {
                throw new BadInputException("--epochs must be >= 1, got " + epochs.get());
            }
            result = result.withEpochs(epochs.get());
        }
        if (saveForecasts.isPresent()) {
            result = result.withSavedForecasts(
                    switch (saveForecasts.get()) {
                        case "stretch" -> ExperimentConfig.SavedForecasts.STRETCH;
                        case "all" -> ExperimentConfig.SavedForecasts.ALL;
                        default ->
                            throw new BadInputException(
                                    "--save-forecasts must be stretch or all, got '" + saveForecasts.get() + "'");
                    });
        }
        return result;
    }

    /** One line on stderr that does not stop the command. */
    private void warn(String text) {
        spec.commandLine().getErr().println("lstmbench: " + text);
        spec.commandLine().getErr().flush();
    }

    private String commandText() {
        return "lstmbench "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /** A progress bar with ETA over all epochs of the experiment, on stderr. */
    private static final class BarProgress implements ExperimentRunner.Progress, AutoCloseable {
        private final String name;
        private me.tongfei.progressbar.ProgressBar bar;

        BarProgress(String name) {
            this.name = name;
        }

        @Override
        public void started(long totalEpochs, int pendingGroups, int skippedGroups) {
            bar = new me.tongfei.progressbar.ProgressBarBuilder()
                    .setTaskName(name)
                    .setInitialMax(totalEpochs)
                    .setUnit(" epochs", 1)
                    .setStyle(me.tongfei.progressbar.ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .showSpeed()
                    .build();
        }

        @Override
        public synchronized void epochFinished() {
            bar.step();
        }

        @Override
        public void groupFinished(ExperimentPlan.RunGroup group, List<lstmbench.report.results.RunRecord> runs) {}

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** One line per finished group, on stdout. */
    private static final class QuietProgress implements ExperimentRunner.Progress {
        private final PrintWriter out;

        QuietProgress(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void started(long totalEpochs, int pendingGroups, int skippedGroups) {}

        @Override
        public void epochFinished() {}

        @Override
        public synchronized void groupFinished(
                ExperimentPlan.RunGroup group, List<lstmbench.report.results.RunRecord> runs) {
            for (lstmbench.report.results.RunRecord r : runs) {
                String best = r.protocol().chosenEpoch().isPresent()
                        ? " (epoch " + r.protocol().chosenEpoch().getAsInt() + ", "
                                + r.protocol()
                                        .selectedMode()
                                        .orElseThrow()
                                        .name()
                                        .toLowerCase() + ")"
                        : "";
                out.printf(
                        "%s lr=%s %s validation %.5g%s%s%n",
                        group.describe(),
                        r.setup().learningRate(),
                        r.status(),
                        r.validationLoss(),
                        best,
                        r.chosenForTest() ? " (chosen)" : "");
            }
            out.flush();
        }
    }
}
