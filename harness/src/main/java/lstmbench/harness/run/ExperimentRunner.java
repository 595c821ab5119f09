package lstmbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lstmbench.harness.run.ExperimentPlan.RunGroup;
import lstmbench.report.ReportRenderer;
import lstmbench.report.chart.Decimation;
import lstmbench.report.io.CommittedGroup;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ResultsFormatException;
import lstmbench.report.results.DatasetFingerprint;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Shard;
import lstmbench.report.results.Split;
import lstmbench.report.results.SplitSummary;
import lstmbench.strategies.training.Budget;

/**
 * Executes an experiment plan on a fixed pool of worker threads, each run single-threaded: one
 * task per run group, each finished group committed to the folder (ResultsStore), progress
 * reported per epoch, and the report rendered at the end. With resume, groups an earlier run
 * committed (groups/KEY/, every file readable and holding exactly the group's runs) are kept and
 * every other group runs again; temporary folders of killed writers are removed.
 */
public final class ExperimentRunner {
    /** What the runner tells its caller as it goes. */
    public interface Progress {
        /**
         * Called once before the first task, with the number of epochs all pending runs will train at
         * most (fewer when patience stops runs early); -1 when the budget is not counted in epochs.
         */
        void started(long totalEpochs, int pendingGroups, int skippedGroups);

        /** Called after every training epoch of any run (from worker threads). */
        void epochFinished();

        /** Called when a group's runs are written (from worker threads). */
        void groupFinished(RunGroup group, List<RunRecord> runs);
    }

    /** How a finished experiment went. */
    public record Summary(int groupsRun, int groupsSkipped, int runs, double seconds, Path report) {}

    private ExperimentRunner() {}

    /** Runs every group of the plan into {@code dir}. */
    public static Summary run(
            ExperimentPlan plan,
            Path dir,
            JsonNode configuration,
            String command,
            int workers,
            boolean resume,
            Progress progress) {
        return run(
                plan,
                dir,
                configuration,
                command,
                workers,
                resume,
                Optional.empty(),
                DatasetFingerprints.of(plan),
                progress);
    }

    /**
     * Runs the plan's groups into {@code dir}: every group, or with a shard only the groups it owns
     * ({@link Shard#owns}: deal rank r, strategy by strategy, r mod count = index). Group keys are
     * always the positions in the whole plan, so the shards' folders merge into the folder one
     * process would have written. {@code datasets} are the plan's fingerprints
     * ({@link DatasetFingerprints#of}), which the caller already computed to check the folder.
     */
    public static Summary run(
            ExperimentPlan plan,
            Path dir,
            JsonNode configuration,
            String command,
            int workers,
            boolean resume,
            Optional<Shard> shard,
            List<DatasetFingerprint> datasets,
            Progress progress) {
        long start = System.nanoTime();
        GroupExecutor executor = new GroupExecutor(plan.config());
        List<PlannedGroup> all = plannedGroups(plan, executor);
        List<PlannedGroup> mine = all.stream()
                .filter(g -> shard.map(s -> s.owns(g.dealRank())).orElse(true))
                .toList();
        List<RunId> planned = new ArrayList<>();
        Map<String, List<RunId>> plannedByKey = new LinkedHashMap<>();
        for (PlannedGroup g : mine) {
            planned.addAll(g.runIds());
            plannedByKey.put(g.key(), g.runIds());
        }
        List<CommittedGroup> committed = resume ? committedEarlier(dir, plannedByKey) : List.of();
        Set<String> done = new HashSet<>();
        committed.forEach(c -> done.add(c.key()));
        List<PlannedGroup> pending =
                mine.stream().filter(g -> !done.contains(g.key())).toList();

        ResultsStore store = new ResultsStore(
                dir,
                ResultsStore.plannedManifest(
                        plan.config().name(),
                        configuration,
                        EnvironmentProbe.capture(workers),
                        command,
                        planned,
                        datasets,
                        shard),
                seriesPoints(plan),
                splitSummaries(plan),
                committed);
        store.start();
        long epochs = plan.config().trainingBudget() instanceof Budget.Epochs e
                ? (long) pending.size() * plan.config().learningRates().size() * e.epochs()
                : -1;
        progress.started(epochs, pending.size(), mine.size() - pending.size());

        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lstmbench-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (PlannedGroup p : pending) {
                futures.add(pool.submit(() -> {
                    GroupOutcome outcome = executor.execute(p.group(), record -> progress.epochFinished());
                    store.add(p.key(), outcome);
                    progress.groupFinished(p.group(), outcome.runs());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted; finished groups are saved in " + dir, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        store.finish();
        Path page;
        try {
            page = ReportRenderer.render(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    IoMessages.plain("results are complete in " + dir + " but the report failed", e));
        }
        return new Summary(
                pending.size(),
                mine.size() - pending.size(),
                store.runs().size(),
                (System.nanoTime() - start) / 1e9,
                page);
    }

    /**
     * A group of the plan with its position in the plan's group order (datasets, then strategies,
     * then seeds), its deal rank (the position in the order strategies, then datasets, then seeds,
     * which shards deal from: {@link Shard}), its folder name under groups/ and its run ids (one per
     * learning rate).
     */
    public record PlannedGroup(int position, int dealRank, RunGroup group, String key, List<RunId> runIds) {
        public PlannedGroup {
            runIds = List.copyOf(runIds);
        }
    }

    /** Every group of the plan, in the plan's order, with its deal rank and key. */
    public static List<PlannedGroup> plannedGroups(ExperimentPlan plan, GroupExecutor executor) {
        int datasets = plan.datasets().size(), strategies = plan.strategies().size();
        int seeds = plan.config().seeds().size();
        List<PlannedGroup> groups = new ArrayList<>();
        for (RunGroup g : plan.groups()) {
            int p = groups.size();
            List<RunId> ids = executor.runIds(g);
            groups.add(new PlannedGroup(p, dealRank(p, datasets, strategies, seeds), g, groupKey(p, ids), ids));
        }
        return groups;
    }

    /**
     * The deal rank of the group at plan position {@code position} (datasets, then strategies, then
     * seeds): its position when the same groups are ordered by strategy, then dataset, then seed.
     */
    static int dealRank(int position, int datasets, int strategies, int seeds) {
        int seed = position % seeds, strategy = position / seeds % strategies;
        int dataset = position / (seeds * strategies);
        return (strategy * datasets + dataset) * seeds + seed;
    }

    /**
     * The folder name of a group: its position in the plan and a digest of its run ids, so that a
     * folder committed for other runs (another configuration) never passes for this group.
     */
    static String groupKey(int index, List<RunId> runIds) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RunId id : runIds) {
                digest.update((id.value() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return String.format(
                    "%04d-%s", index, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * The groups an earlier run committed: temporary folders of killed writers are removed, and so
     * is every committed folder that is not a planned group, does not read, or does not hold
     * exactly its group's runs; what is left is complete in every file.
     */
    static List<CommittedGroup> committedEarlier(Path dir, Map<String, List<RunId>> plannedByKey) {
        try {
            GroupFolders.removeTemporaries(dir);
            List<CommittedGroup> committed = new ArrayList<>();
            for (String key : GroupFolders.keys(dir)) {
                List<RunId> expected = plannedByKey.get(key);
                Optional<CommittedGroup> group = Optional.empty();
                if (expected != null) {
                    try {
                        group = Optional.of(GroupFolders.read(dir, key))
                                .filter(g -> g.runs().stream()
                                        .map(RunRecord::runId)
                                        .sorted()
                                        .toList()
                                        .equals(expected.stream().sorted().toList()));
                    } catch (ResultsFormatException unreadable) {
                        group = Optional.empty();
                    }
                }
                if (group.isPresent()) {
                    committed.add(group.get());
                } else {
                    GroupFolders.remove(dir, key);
                }
            }
            return committed;
        } catch (IOException e) {
            throw new UncheckedIOException(IoMessages.plain("cannot resume from " + dir, e));
        }
    }

    /** A series up to this many points is written to series.csv whole; longer ones are decimated. */
    static final int SERIES_WHOLE_POINTS = 100_000;
    /** The index ranges a longer series is cut into for series.csv (at most 4 points kept per range and split). */
    static final int SERIES_COLUMNS = 8192;

    /**
     * series.csv's rows: every point of each dataset up to SERIES_WHOLE_POINTS points; of a longer
     * series, per split, the first, lowest, highest and last point of each of SERIES_COLUMNS equal
     * index ranges of the whole series (Decimation), so that the file and the report's reading of it
     * stay small at millions of points while the data chart draws the same lines.
     */
    static List<SeriesPoint> seriesPoints(ExperimentPlan plan) {
        List<SeriesPoint> points = new ArrayList<>();
        for (ExperimentPlan.PreparedDataset d : plan.datasets()) {
            int n = d.series().length();
            for (SplitRange r : SplitRange.of(d)) {
                if (n <= SERIES_WHOLE_POINTS) {
                    for (int i = r.from(); i < r.to(); i++) {
                        points.add(new SeriesPoint(d.loadedSpec(), i, d.series().value(i), r.split()));
                    }
                    continue;
                }
                double[] x = new double[r.to() - r.from()], y = new double[r.to() - r.from()];
                for (int i = r.from(); i < r.to(); i++) {
                    x[i - r.from()] = i;
                    y[i - r.from()] = d.series().value(i);
                }
                Decimation.Line kept = Decimation.of(x, y, SERIES_COLUMNS, 0, n - 1);
                for (int k = 0; k < kept.size(); k++) {
                    points.add(new SeriesPoint(d.loadedSpec(), (int) kept.x()[k], kept.y()[k], r.split()));
                }
            }
        }
        return points;
    }

    /**
     * splits.csv's rows: per dataset, in plan order, one summary per split (TRAIN, VALIDATION, TEST)
     * over every point of the split, however few of them series.csv keeps. One pass over each series,
     * reading each value once and copying none (SplitSummary.Accumulator).
     */
    static List<SplitSummary> splitSummaries(ExperimentPlan plan) {
        List<SplitSummary> summaries = new ArrayList<>();
        for (ExperimentPlan.PreparedDataset d : plan.datasets()) {
            for (SplitRange r : SplitRange.of(d)) {
                SplitSummary.Accumulator split = SplitSummary.accumulate(d.loadedSpec(), r.split());
                for (int i = r.from(); i < r.to(); i++) {
                    split.add(i, d.series().value(i));
                }
                split.summary().ifPresent(summaries::add);
            }
        }
        return summaries;
    }

    /** The indices {@code from} (inclusive) to {@code to} (exclusive) of a series that form one split. */
    private record SplitRange(Split split, int from, int to) {
        /** The dataset's three splits in series order: training, validation, test. */
        static List<SplitRange> of(ExperimentPlan.PreparedDataset d) {
            return List.of(
                    new SplitRange(Split.TRAIN, 0, d.data().validationStart()),
                    new SplitRange(
                            Split.VALIDATION,
                            d.data().validationStart(),
                            d.data().testStart()),
                    new SplitRange(Split.TEST, d.data().testStart(), d.series().length()));
        }
    }
}
