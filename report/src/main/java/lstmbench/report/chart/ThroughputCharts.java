package lstmbench.report.chart;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Throughput charts from JMH results: kernel throughput vs H and B, ratios to deeplearning4j, ND4J
 * gemm and cblas_sgemm, epochs per strategy.
 *
 * <p>Charts of throughput.csv. Kernel shapes come from the {@code H} and {@code B} parameters, strategy
 * benchmarks name their strategy in the {@code strategy} parameter. Error bars are JMH's score errors.
 */
public final class ThroughputCharts {
    private static final BasicStroke DASHED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    private static final BasicStroke DOTTED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);

    private ThroughputCharts() {}

    /** Kernel and deeplearning4j timesteps per second against H, one line per subject and B. */
    public static Figure<XYChart> kernelThroughput(List<ThroughputRecord> records) {
        XYChart chart = ChartStyle.xy(
                "LSTM forward+backward: timesteps per second vs hidden size",
                "Hidden size H (units)",
                "Timesteps per second (B x T per chunk)");
        List<Double> batches = List.copyOf(batchSizes(records));
        for (BenchmarkSubject subject : List.of(BenchmarkSubject.KERNEL, BenchmarkSubject.DL4J_LSTM)) {
            for (double b : batches) {
                List<ThroughputRecord> points = records.stream()
                        .filter(of(subject, ThroughputMetric.TIMESTEPS_PER_SECOND))
                        .filter(r -> r.parameter("B").orElse(Double.NaN) == b
                                && r.parameter("H").isPresent())
                        .sorted((x, y) -> Double.compare(
                                x.parameter("H").getAsDouble(), y.parameter("H").getAsDouble()))
                        .toList();
                if (points.isEmpty()) {
                    continue;
                }
                double[] errors = points.stream()
                        .mapToDouble(r -> Double.isFinite(r.error()) ? r.error() : 0)
                        .toArray();
                XYSeries series = chart.addSeries(
                        label(subject) + ", B=" + (int) b,
                        points.stream()
                                .mapToDouble(r -> r.parameter("H").getAsDouble())
                                .toArray(),
                        points.stream().mapToDouble(ThroughputRecord::score).toArray(),
                        errors);
                int colour = batches.indexOf(b);
                series.setLineColor(ChartStyle.color(colour));
                series.setMarkerColor(ChartStyle.color(colour));
                series.setMarker(subject == BenchmarkSubject.KERNEL ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
                if (subject != BenchmarkSubject.KERNEL) {
                    series.setLineStyle(DASHED);
                }
            }
        }
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisLogarithmic(true);
        String caption = "Timesteps per second (every batch row counted: B x T per chunk) of one chunk's forward and "
                + "backward pass, with JMH error bars; higher is better, and the gap between a solid kernel line and "
                + "the dashed deeplearning4j line of the same colour (same B) is the speed-up.";
        return new Figure<>("throughput-kernel", chart, caption);
    }

    /**
     * Ratios at each H and B: kernel over deeplearning4j (timesteps per second), and kernel over the two
     * gemm ceilings (GFLOP/s): ND4J's gemm call and the direct cblas_sgemm the kernel itself makes;
     * only shapes measured for both sides appear.
     */
    public static Figure<XYChart> kernelRatios(List<ThroughputRecord> records) {
        XYChart chart = ChartStyle.xy(
                "Kernel relative to deeplearning4j and to the gemm ceiling",
                "Hidden size H (units)",
                "Ratio (kernel / reference, x)");
        int colour = 0;
        for (double b : batchSizes(records)) {
            addRatio(
                    chart,
                    records,
                    b,
                    BenchmarkSubject.DL4J_LSTM,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    "kernel / deeplearning4j, B=" + (int) b,
                    colour);
            addRatio(
                    chart,
                    records,
                    b,
                    BenchmarkSubject.GEMM,
                    ThroughputMetric.GFLOPS,
                    "kernel GFLOP/s / gemm GFLOP/s, B=" + (int) b,
                    colour);
            addRatio(
                    chart,
                    records,
                    b,
                    BenchmarkSubject.BLAS_GEMM,
                    ThroughputMetric.GFLOPS,
                    "kernel GFLOP/s / cblas_sgemm GFLOP/s, B=" + (int) b,
                    colour);
            colour++;
        }
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        String caption = "Solid lines: kernel over deeplearning4j, above 1 the kernel is faster; dashed lines: the "
                + "share of a plain ND4J gemm's speed the kernel reaches on the recurrent product's shape; dotted "
                + "lines: the share of a direct cblas_sgemm's speed (the product the kernel itself calls, without "
                + "ND4J's per-call overhead: the real ceiling). 1 would be the ceiling. Ratios of medians over "
                + "iterations (of means in folders written before medians were kept).";
        return new Figure<>("throughput-ratios", chart, caption);
    }

    /** Seconds per training epoch per strategy, with JMH error bars. */
    public static Figure<CategoryChart> secondsPerEpoch(List<ThroughputRecord> records) {
        List<ThroughputRecord> epochs = records.stream()
                .filter(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.SECONDS_PER_OP))
                .toList();
        CategoryChart chart = ChartStyle.category("Seconds per training epoch", "Strategy", "Time per epoch (s)");
        if (!epochs.isEmpty()) {
            chart.addSeries(
                    "seconds per epoch (JMH)",
                    epochs.stream().map(r -> r.textParameter("strategy")).toList(),
                    epochs.stream().map(r -> (Number) r.score()).toList(),
                    epochs.stream()
                            .map(r -> (Number) (Double.isFinite(r.error()) ? r.error() : 0.0))
                            .toList());
        }
        String caption = "One epoch of each strategy on the benchmark series; lower is better, and overlapping "
                + "error bars mean no measurable difference.";
        return new Figure<>("throughput-epochs", chart, caption);
    }

    /**
     * Timesteps per second of training per strategy (B x T summed over the epoch's batches), with JMH error
     * bars: the work rate, which differs far less between strategies than the seconds per epoch.
     */
    public static Figure<CategoryChart> timestepsPerSecond(List<ThroughputRecord> records) {
        List<ThroughputRecord> epochs = records.stream()
                .filter(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.TIMESTEPS_PER_SECOND))
                .toList();
        CategoryChart chart =
                ChartStyle.category("Timesteps per second of training", "Strategy", "Timesteps per second");
        if (!epochs.isEmpty()) {
            chart.addSeries(
                    "timesteps per second (JMH)",
                    epochs.stream().map(r -> r.textParameter("strategy")).toList(),
                    epochs.stream().map(r -> (Number) r.score()).toList(),
                    epochs.stream()
                            .map(r -> (Number) (Double.isFinite(r.error()) ? r.error() : 0.0))
                            .toList());
        }
        String caption = "Timesteps per second (every batch row counted: B x T per batch) each strategy pushes "
                + "through forward and backward; higher is better. Seconds per epoch are these rates applied to very different amounts of work: "
                + "overlapping windows process each point W times per epoch.";
        return new Figure<>("throughput-timesteps", chart, caption);
    }

    /** Bytes allocated per training epoch per strategy (JMH's gc.alloc.rate.norm). */
    public static Figure<CategoryChart> allocationPerEpoch(List<ThroughputRecord> records) {
        return allocation(
                records,
                ThroughputMetric.ALLOC_BYTES_PER_OP,
                "epoch",
                "allocation per epoch (JMH -prof gc)",
                "throughput-allocation",
                "Heap allocated by one epoch of each strategy; a strategy that materialises "
                        + "overlapping windows or allocates per step shows a taller bar, which means more "
                        + "garbage-collection work.");
    }

    /** Bytes allocated per training step (one batch) per strategy: the epoch's allocation over its batches. */
    public static Figure<CategoryChart> allocationPerStep(List<ThroughputRecord> records) {
        return allocation(
                records,
                ThroughputMetric.ALLOC_BYTES_PER_STEP,
                "step",
                "allocation per step (JMH -prof gc / batches)",
                "throughput-allocation-step",
                "Heap allocated by one training step (a batch's forward, backward and optimiser update), the epoch's "
                        + "allocation divided by its batches: what each update costs the garbage collector, whatever "
                        + "the number of batches an epoch has.");
    }

    /** One bar per strategy of the strategy-epoch rows of {@code metric}, in a readable byte unit. */
    private static Figure<CategoryChart> allocation(
            List<ThroughputRecord> records,
            ThroughputMetric metric,
            String per,
            String seriesName,
            String name,
            String caption) {
        List<ThroughputRecord> rows = records.stream()
                .filter(of(BenchmarkSubject.STRATEGY_EPOCH, metric))
                .toList();
        ByteUnit unit = ByteUnit.fitting(
                rows.stream().mapToDouble(ThroughputRecord::score).max().orElse(1));
        CategoryChart chart = ChartStyle.category(
                "Memory allocated per training " + per, "Strategy", "Allocated per " + per + " (" + unit.label() + ")");
        if (!rows.isEmpty()) {
            chart.addSeries(
                    seriesName,
                    rows.stream().map(r -> r.textParameter("strategy")).toList(),
                    rows.stream().map(r -> (Number) unit.of(r.score())).toList());
        }
        return new Figure<>(name, chart, caption);
    }

    /** Whether the records contain anything for {@link #kernelThroughput} or {@link #kernelRatios}. */
    public static boolean hasKernelResults(List<ThroughputRecord> records) {
        return records.stream().anyMatch(of(BenchmarkSubject.KERNEL, ThroughputMetric.TIMESTEPS_PER_SECOND));
    }

    /** Whether the records contain anything for {@link #secondsPerEpoch}. */
    public static boolean hasEpochResults(List<ThroughputRecord> records) {
        return records.stream().anyMatch(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.SECONDS_PER_OP));
    }

    /** Whether the records contain anything for {@link #timestepsPerSecond}. */
    public static boolean hasTimestepResults(List<ThroughputRecord> records) {
        return records.stream().anyMatch(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.TIMESTEPS_PER_SECOND));
    }

    /** Whether the records contain anything for {@link #allocationPerEpoch}. */
    public static boolean hasAllocationResults(List<ThroughputRecord> records) {
        return records.stream().anyMatch(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.ALLOC_BYTES_PER_OP));
    }

    /** Whether the records contain anything for {@link #allocationPerStep}. */
    public static boolean hasStepAllocationResults(List<ThroughputRecord> records) {
        return records.stream().anyMatch(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.ALLOC_BYTES_PER_STEP));
    }

    private static void addRatio(
            XYChart chart,
            List<ThroughputRecord> records,
            double b,
            BenchmarkSubject peer,
            ThroughputMetric metric,
            String name,
            int colour) {
        TreeSet<Double> hs = new TreeSet<>();
        records.forEach(r -> r.parameter("H").ifPresent(hs::add));
        List<double[]> points = hs.stream()
                .map(h -> ratio(records, h, b, peer, metric).map(ratio -> new double[] {h, ratio}))
                .flatMap(Optional::stream)
                .toList();
        if (points.isEmpty()) {
            return;
        }
        XYSeries series = chart.addSeries(
                name,
                points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
        series.setLineColor(ChartStyle.color(colour));
        series.setMarkerColor(ChartStyle.color(colour));
        switch (peer) {
            case GEMM -> {
                series.setMarker(SeriesMarkers.SQUARE);
                series.setLineStyle(DASHED);
            }
            case BLAS_GEMM -> {
                series.setMarker(SeriesMarkers.TRIANGLE_UP);
                series.setLineStyle(DOTTED);
            }
            default -> series.setMarker(SeriesMarkers.CIRCLE);
        }
    }

    private static Optional<Double> ratio(
            List<ThroughputRecord> records, double h, double b, BenchmarkSubject peer, ThroughputMetric metric) {
        Optional<ThroughputRecord> kernel = find(records, BenchmarkSubject.KERNEL, metric, h, b);
        Optional<ThroughputRecord> reference = find(records, peer, metric, h, b);
        if (kernel.isEmpty() || reference.isEmpty() || reference.get().typical() <= 0) {
            return Optional.empty();
        }
        return Optional.of(kernel.get().typical() / reference.get().typical());
    }

    private static Optional<ThroughputRecord> find(
            List<ThroughputRecord> records, BenchmarkSubject subject, ThroughputMetric metric, double h, double b) {
        return records.stream()
                .filter(of(subject, metric))
                .filter(r -> r.parameter("H").orElse(Double.NaN) == h
                        && r.parameter("B").orElse(Double.NaN) == b)
                .findFirst();
    }

    private static TreeSet<Double> batchSizes(List<ThroughputRecord> records) {
        TreeSet<Double> bs = new TreeSet<>();
        records.stream()
                .filter(r -> r.subject() == BenchmarkSubject.KERNEL)
                .forEach(r -> r.parameter("B").ifPresent(bs::add));
        return bs;
    }

    private static Predicate<ThroughputRecord> of(BenchmarkSubject subject, ThroughputMetric metric) {
        return r -> r.subject() == subject && r.metric() == metric;
    }

    private static String label(BenchmarkSubject subject) {
        return subject == BenchmarkSubject.KERNEL ? "kernel" : "deeplearning4j";
    }
}
