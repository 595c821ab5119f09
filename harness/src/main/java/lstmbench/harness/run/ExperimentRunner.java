/*
 * Executes an experiment plan on a fixed pool of worker threads, each run single-threaded: one
 * task per run group, results written after every group (ResultsStore), progress reported per
 * epoch, and the report rendered at the end. With resume, groups whose runs are already complete
 * in the folder are skipped and their records kept.
 */
package lstmbench.harness.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import lstmbench.harness.run.ExperimentPlan.RunGroup;
import lstmbench.report.ReportRenderer;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import lstmbench.strategies.training.Budget;

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
    public record Summary(int groupsRun, int groupsSkipped, int runs, double seconds, Path report) {
    }

    private ExperimentRunner() {
    }

    public static Summary run(ExperimentPlan plan, Path dir, JsonNode configuration, String command, int workers,
                              boolean resume, Progress progress) {
        long start = System.nanoTime();
        GroupExecutor executor = new GroupExecutor(plan.config());
        List<RunId> planned = new ArrayList<>();
        plan.groups().forEach(g -> planned.addAll(executor.runIds(g)));

        GroupOutcome previous = resume ? completedEarlier(dir, plan, executor) : GroupOutcome.empty();
        Set<RunId> done = new HashSet<>();
        previous.runs().forEach(r -> done.add(r.runId()));
        List<RunGroup> pending = plan.groups().stream().filter(g -> !done.containsAll(executor.runIds(g))).toList();

        ResultsStore store = new ResultsStore(dir, plan.config().name(), configuration,
                EnvironmentProbe.capture(workers), command, planned, seriesPoints(plan), previous);
        store.writeInitial();
        long epochs = plan.config().trainingBudget() instanceof Budget.Epochs e
                ? (long) pending.size() * plan.config().learningRates().size() * e.epochs() : -1;
        progress.started(epochs, pending.size(), plan.groups().size() - pending.size());

        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lstmbench-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RunGroup g : pending) {
                futures.add(pool.submit(() -> {
                    GroupOutcome outcome = executor.execute(g, record -> progress.epochFinished());
                    store.add(outcome);
                    progress.groupFinished(g, outcome.runs());
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
            throw new UncheckedIOException("results are complete in " + dir + " but the report failed: " + e.getMessage(), e);
        }
        return new Summary(pending.size(), plan.groups().size() - pending.size(), store.runs().size(),
                (System.nanoTime() - start) / 1e9, page);
    }

    /** The records of groups whose every run is already in the folder's runs.csv. */
    static GroupOutcome completedEarlier(Path dir, ExperimentPlan plan, GroupExecutor executor) {
        try {
            List<RunRecord> runs = ResultsFiles.RUNS.readIfPresent(dir);
            Set<RunId> present = new HashSet<>();
            runs.forEach(r -> present.add(r.runId()));
            Set<RunId> complete = new HashSet<>();
            for (RunGroup g : plan.groups()) {
                List<RunId> ids = executor.runIds(g);
                if (present.containsAll(ids)) {
                    complete.addAll(ids);
                }
            }
            List<CurvePoint> curves = ResultsFiles.CURVES.readIfPresent(dir).stream()
                    .filter(c -> complete.contains(c.runId())).toList();
            List<ForecastPoint> forecasts = ResultsFiles.FORECASTS.readIfPresent(dir).stream()
                    .filter(f -> complete.contains(f.runId())).toList();
            List<MemoryPoint> memory = ResultsFiles.MEMORY.readIfPresent(dir).stream()
                    .filter(m -> complete.contains(m.runId())).toList();
            return new GroupOutcome(runs.stream().filter(r -> complete.contains(r.runId())).toList(), curves,
                    forecasts, memory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume from " + dir + ": " + e.getMessage(), e);
        }
    }

    static List<SeriesPoint> seriesPoints(ExperimentPlan plan) {
        List<SeriesPoint> points = new ArrayList<>();
        for (ExperimentPlan.PreparedDataset d : plan.datasets()) {
            int validationStart = d.data().validationStart(), testStart = d.data().testStart();
            for (int i = 0; i < d.series().length(); i++) {
                Split split = i < validationStart ? Split.TRAIN : i < testStart ? Split.VALIDATION : Split.TEST;
                points.add(new SeriesPoint(d.spec(), i, d.series().value(i), split));
            }
        }
        return points;
    }
}
