package lstmbench.report.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lstmbench.report.chart.BatchCostCharts;
import lstmbench.report.chart.LagMarkers;
import lstmbench.report.chart.Marker;
import lstmbench.report.chart.MemoryCharts;
import lstmbench.report.chart.StrategyBytes;
import lstmbench.report.chart.StrategyPoints;
import lstmbench.report.findings.LagSweep;
import lstmbench.report.findings.Numbers;
import lstmbench.report.findings.RunMetric;
import lstmbench.report.findings.SeedSpread;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import org.jsoup.nodes.Element;

/**
 * The Memory effects section: lag R^2 with W and T marked, input-sensitivity decay, memory horizon,
 * reset penalty, and bytes (training input per epoch, activation cache per batch, peak heap).
 * W and T are read from the strategy parameters as the harness writes them (the strategy's own
 * keys joined by ", "): W from window (sliding-window) or length (shuffled, unit=windows), T from
 * chunk (chunked-reset, stateful-tbptt, random-offset, stateful-burn-in), k2 (tbptt-overlap) or
 * length (shuffled, unit=chunks); plain W and T keys are read too.
 *
 * <p>Shown in full when memory.csv has rows; otherwise a note says the probes did not run.
 */
final class MemorySection implements Section {
    private final Results results;

    MemorySection(Results results) {
        this.results = results;
    }

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public String title() {
        return "Memory effects";
    }

    @Override
    public void fill(Element container, FigureSink figures) throws IOException {
        if (results.memory().isEmpty()) {
            Html.note(
                    container,
                    "Memory probes were not run in this experiment (no memory.csv); "
                            + "the memory-sweep preset runs them.");
            return;
        }
        List<StrategyPoints> lag = StrategyPoints.of(results, MemoryProbe.LAG_R2);
        if (!lag.isEmpty()) {
            figures.add(container, MemoryCharts.lagR2(lag, markers()));
            lagTable(container, LagSweep.of(results));
        }
        List<StrategyPoints> sensitivity = StrategyPoints.of(results, MemoryProbe.INPUT_SENSITIVITY);
        if (!sensitivity.isEmpty()) {
            figures.add(container, MemoryCharts.inputSensitivity(sensitivity));
        }
        horizons(container);
        penaltyAndBytes(container);
        figures.add(container, MemoryCharts.bytes(StrategyBytes.of(results)));
        List<StrategyPoints> batchSeconds = StrategyPoints.of(results, MemoryProbe.BATCH_SECONDS);
        if (!batchSeconds.isEmpty()) {
            figures.add(container, BatchCostCharts.seconds(batchSeconds));
            figures.add(
                    container,
                    BatchCostCharts.activationBytes(StrategyPoints.of(results, MemoryProbe.BATCH_ACTIVATION_BYTES)));
        }
    }

    /**
     * The numbers behind the lag chart, strategies in rows and planted lags in columns: R^2 with the
     * memory horizon, then the reset penalty.
     */
    static void lagTable(Element container, List<LagSweep> sweeps) {
        List<Double> lags = sweeps.stream()
                .flatMap(s -> s.lags().stream())
                .map(LagSweep.Lag::lag)
                .distinct()
                .sorted()
                .toList();
        List<String> lagHeaders =
                lags.stream().map(l -> "L = " + Numbers.format(l)).toList();
        List<String> headers =
                new ArrayList<>(List.of("Strategy", "Largest L with R^2 >= " + Numbers.format(LagSweep.USES_LAG)));
        headers.addAll(lagHeaders);
        Element body = Html.table(
                container,
                "Lag sweep: R^2 relative to achievable / memory horizon (steps) at each "
                        + "planted lag L, mean over seeds of the runs chosen for testing (>K: the sensitivity curve had not "
                        + "decayed by its last lag K in any seed; >=: in some seeds)",
                headers);
        for (LagSweep sweep : sweeps) {
            List<String> cells = new ArrayList<>(List.of(
                    sweep.strategy(),
                    sweep.largestLagAtLeast(LagSweep.USES_LAG)
                            .map(l -> Numbers.format(l.lag()))
                            .orElse("none")));
            lags.forEach(l -> cells.add(at(sweep, l)
                    .map(x -> Numbers.format(x.r2().mean()) + " / " + x.horizonCell())
                    .orElse("-")));
            Html.row(body, cells);
        }
        List<String> penaltyHeaders = new ArrayList<>(List.of("Strategy"));
        penaltyHeaders.addAll(lagHeaders);
        Element penalties = Html.table(
                container,
                "Lag sweep: reset penalty (windowed / streaming test MSE, mean over "
                        + "seeds) at each planted lag L; below x1 the model uses the lag only when run from a zero state over "
                        + "the last W points, above x1 the carried state helped",
                penaltyHeaders);
        for (LagSweep sweep : sweeps) {
            List<String> cells = new ArrayList<>(List.of(sweep.strategy()));
            lags.forEach(l -> cells.add(at(sweep, l)
                    .filter(x -> !x.resetPenalty().isEmpty())
                    .map(x -> Numbers.ratio(x.resetPenalty().mean()))
                    .orElse("-")));
            Html.row(penalties, cells);
        }
    }

    private static Optional<LagSweep.Lag> at(LagSweep sweep, double lag) {
        return sweep.lags().stream().filter(x -> x.lag() == lag).findFirst();
    }

    private void penaltyAndBytes(Element container) {
        Element body = Html.table(
                container,
                "Reset penalty (windowed / streaming test MSE, original scale; above 1: "
                        + "resetting the state costs accuracy) and memory cost per strategy (runs chosen for testing, mean "
                        + "over runs; training windows are built lazily per batch, so training input is what the batches "
                        + "hold; peak heap is JVM-wide, per run only with --workers 1)",
                List.of(
                        "Strategy",
                        "Reset penalty",
                        "Training input per epoch (MiB)",
                        "Activation cache per batch (MiB)",
                        "Peak heap (MiB)"));
        for (String strategy : results.strategies()) {
            List<RunRecord> chosen = results.runs().stream()
                    .filter(run -> run.strategy().equals(strategy) && run.chosenForTest())
                    .toList();
            SeedSpread penalty = SeedSpread.of(
                    chosen.stream().mapToDouble(RunMetric.RESET_PENALTY::of).toArray());
            OptionalDouble input = chosen.stream()
                    .mapToDouble(run -> run.cost().trainingBytesPerEpoch())
                    .average();
            Html.row(
                    body,
                    List.of(
                            strategy,
                            penalty.isEmpty() ? "not measured" : Numbers.ratio(penalty.mean()),
                            mib(input),
                            mib(probeMean(chosen, MemoryProbe.ACTIVATION_BYTES_PER_BATCH)),
                            mib(probeMean(chosen, MemoryProbe.PEAK_HEAP_BYTES))));
        }
    }

    private OptionalDouble probeMean(List<RunRecord> runs, MemoryProbe probe) {
        return results.memory().stream()
                .filter(p -> p.probe() == probe
                        && runs.stream().anyMatch(run -> run.runId().equals(p.runId())))
                .mapToDouble(p -> p.value())
                .average();
    }

    private static String mib(OptionalDouble bytes) {
        return bytes.isPresent() ? Numbers.format(bytes.getAsDouble() / (1024.0 * 1024.0)) : "not measured";
    }

    private void horizons(Element container) {
        Element body = Html.table(
                container,
                "Memory horizon: steps back until input sensitivity stays below 1% of "
                        + "its peak (runs chosen for testing, all datasets)",
                List.of("Strategy", "Runs", "Mean (steps)", "Min", "Max"));
        for (String strategy : results.strategies()) {
            List<RunRecord> chosen = results.runs().stream()
                    .filter(run -> run.strategy().equals(strategy) && run.chosenForTest())
                    .toList();
            SeedSpread spread = SeedSpread.of(
                    chosen.stream().mapToDouble(RunMetric.MEMORY_HORIZON::of).toArray());
            Html.row(
                    body,
                    spread.isEmpty()
                            ? List.of(strategy, "0", "not measured", "-", "-")
                            : List.of(
                                    strategy,
                                    Integer.toString(spread.n()),
                                    Numbers.format(spread.mean()),
                                    Numbers.format(spread.min()),
                                    Numbers.format(spread.max())));
        }
    }

    private List<Marker> markers() {
        return LagMarkers.of(results.runs());
    }
}
