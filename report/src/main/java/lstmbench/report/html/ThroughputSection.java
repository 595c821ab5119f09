package lstmbench.report.html;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import lstmbench.report.chart.ThroughputCharts;
import lstmbench.report.findings.EpochKernelRate;
import lstmbench.report.findings.GemmShare;
import lstmbench.report.findings.KernelShape;
import lstmbench.report.findings.Numbers;
import lstmbench.report.results.ThroughputRecord;
import org.jsoup.nodes.Element;

/**
 * The Throughput section: kernel throughput and ratios against H and B with a table of the kernel's
 * share of the cblas_sgemm ceiling per shape ({@link GemmShare}), seconds and timesteps/s per epoch
 * with a table of each epoch's rate against the kernel's alone at the same shape
 * ({@link EpochKernelRate}), allocation per epoch and step, and the raw JMH rows.
 *
 * <p>Shown in full when throughput.csv has rows; otherwise a note says the benchmarks did not run.
 */
final class ThroughputSection implements Section {
    private final List<ThroughputRecord> records;

    ThroughputSection(List<ThroughputRecord> records) {
        this.records = records;
    }

    @Override
    public String id() {
        return "throughput";
    }

    @Override
    public String title() {
        return "Throughput";
    }

    @Override
    public void fill(Element container, FigureSink figures) throws IOException {
        if (records.isEmpty()) {
            Html.note(
                    container,
                    "Benchmarks were not run for this experiment (no throughput.csv); " + "lstmbench bench runs them.");
            return;
        }
        if (ThroughputCharts.hasKernelResults(records)) {
            figures.add(container, ThroughputCharts.kernelThroughput(records));
            figures.add(container, ThroughputCharts.kernelRatios(records));
            gemmShares(container);
        }
        if (ThroughputCharts.hasEpochResults(records)) {
            figures.add(container, ThroughputCharts.secondsPerEpoch(records));
        }
        if (ThroughputCharts.hasTimestepResults(records)) {
            figures.add(container, ThroughputCharts.timestepsPerSecond(records));
            epochAgainstKernel(container);
        }
        if (ThroughputCharts.hasAllocationResults(records)) {
            figures.add(container, ThroughputCharts.allocationPerEpoch(records));
        }
        if (ThroughputCharts.hasStepAllocationResults(records)) {
            figures.add(container, ThroughputCharts.allocationPerStep(records));
        }
        rawRows(container);
    }

    /** One row per kernel shape: time, GFLOP/s, the cblas_sgemm ceiling at the same H and B and the share. */
    private void gemmShares(Element container) {
        Element body = Html.table(
                container,
                "Kernel's share of the gemm ceiling: the kernel's GFLOP/s over one chunk's forward and backward "
                        + "pass divided by the GFLOP/s of a direct cblas_sgemm of the recurrent product [B, H] x "
                        + "[H, 4H] at the same H and B, measured in the same benchmark run. Above 100% is possible "
                        + "at B <= 8, where the kernel makes that product with sgemv per row instead. Values "
                        + "are JMH means with their 99.9% half-intervals and the median over all measurement "
                        + "iterations of all forks; the share is of the medians (of the means where a folder "
                        + "has no medians), which a few iterations slowed by the host's other work do not move.",
                List.of(
                        "H",
                        "B",
                        "T",
                        "Kernel ms per chunk",
                        "Kernel GFLOP/s",
                        "cblas_sgemm GFLOP/s",
                        "Share of cblas_sgemm"));
        for (GemmShare line : GemmShare.of(records)) {
            KernelShape shape = line.shape();
            String gemm = "not measured at H=" + shape.hidden() + ", B=" + shape.batch();
            Html.row(
                    body,
                    List.of(
                            Integer.toString(shape.hidden()),
                            Integer.toString(shape.batch()),
                            Integer.toString(shape.time()),
                            measured(line.kernelSeconds(), 1e3, "no kernel s/op row"),
                            measured(line.kernelGflops(), 1, "no kernel GFLOP/s row"),
                            measured(line.gemmGflops(), 1, gemm),
                            line.share().isPresent()
                                    ? Numbers.percent(line.share().getAsDouble())
                                    : line.gemmGflops().isEmpty() ? "no ceiling: " + gemm : "no kernel GFLOP/s"));
        }
    }

    /** One row per strategy epoch: its timesteps/s, the kernel's alone at the same H, B, T, and their ratio. */
    private void epochAgainstKernel(Element container) {
        Element body = Html.table(
                container,
                "Training epoch against the kernel alone: the epoch's timesteps per second (forward, backward, "
                        + "clipping and optimiser step over all its batches) beside the kernel's forward+backward "
                        + "timesteps per second at the epoch's H and dominant batch shape B x T (the shape "
                        + "carrying most of its timesteps); the ratio, of the medians (of the means where a folder has "
                        + "none), is the share of the kernel's rate a whole epoch keeps. Values are JMH means with "
                        + "their 99.9% half-intervals and the medians over iterations.",
                List.of("Strategy", "Shape", "Epoch timesteps/s", "Kernel-only timesteps/s", "Epoch / kernel"));
        for (EpochKernelRate line : EpochKernelRate.of(records)) {
            String kernel = line.shape()
                    .map(shape -> "no kernel benchmark at " + shape.label())
                    .orElse("shape not recorded");
            Html.row(
                    body,
                    List.of(
                            line.strategy(),
                            line.shape()
                                    .map(KernelShape::label)
                                    .orElse("not recorded (the epoch row names no B and T)"),
                            measured(Optional.of(line.epochRate()), 1, ""),
                            measured(line.kernelRate(), 1, kernel),
                            line.ratio().isPresent()
                                    ? Numbers.ratio(line.ratio().getAsDouble())
                                    : "no kernel counterpart"));
        }
    }

    /**
     * The row's score times {@code scale}, with {@code "± error"} when JMH gave one and
     * {@code "(median m)"} when the row has a median; {@code missing} without a row.
     */
    private static String measured(Optional<ThroughputRecord> row, double scale, String missing) {
        if (row.isEmpty()) {
            return missing;
        }
        String score = Numbers.format(row.get().score() * scale);
        double error = row.get().error(), median = row.get().median();
        String text = Double.isFinite(error) ? score + " ± " + Numbers.format(error * scale) : score;
        return Double.isNaN(median) ? text : text + " (median " + Numbers.format(median * scale) + ")";
    }

    /** Every row of throughput.csv, folded away. */
    private void rawRows(Element container) {
        Element details = container.appendElement("details");
        details.appendElement("summary").text("All benchmark results (" + records.size() + " rows)");
        Element body = Html.table(
                details,
                "JMH results; error is JMH's 99.9% half-interval, median the median over all measurement "
                        + "iterations of all forks (NaN where unknown)",
                List.of("Benchmark", "Subject", "Metric", "Parameters", "Score", "Error", "Median", "Unit"));
        for (ThroughputRecord r : records) {
            Html.row(
                    body,
                    List.of(
                            r.benchmark(),
                            r.subject().name(),
                            r.metric().name(),
                            r.parameters(),
                            Numbers.format(r.score()),
                            Numbers.format(r.error()),
                            Numbers.format(r.median()),
                            r.unit()));
        }
    }
}
