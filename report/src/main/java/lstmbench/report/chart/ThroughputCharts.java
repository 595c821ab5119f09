// Throughput charts from JMH results: kernel throughput vs H and B, ratios to deeplearning4j and gemm, epochs per strategy.
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
 * Charts of throughput.csv. Kernel shapes come from the {@code H} and {@code B} parameters, strategy
 * benchmarks name their strategy in the {@code strategy} parameter. Error bars are JMH's score errors.
 */
public final class ThroughputCharts {
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    private ThroughputCharts() {
    }

    /** Kernel and deeplearning4j samples per second against H, one line per subject and B. */
    public static Figure<XYChart> kernelThroughput(List<ThroughputRecord> records) {
        XYChart chart = ChartStyle.xy("LSTM forward+backward throughput vs hidden size",
                "Hidden size H (units)", "Throughput (timesteps x batch rows per second)");
        List<Double> batches = List.copyOf(batchSizes(records));
        for (BenchmarkSubject subject : List.of(BenchmarkSubject.KERNEL, BenchmarkSubject.DL4J_LSTM)) {
            for (double b : batches) {
                List<ThroughputRecord> points = records.stream()
                        .filter(of(subject, ThroughputMetric.SAMPLES_PER_SECOND))
                        .filter(r -> r.parameter("B").orElse(Double.NaN) == b && r.parameter("H").isPresent())
                        .sorted((x, y) -> Double.compare(x.parameter("H").getAsDouble(), y.parameter("H").getAsDouble()))
                        .toList();
                if (points.isEmpty()) {
                    continue;
                }
                double[] errors = points.stream().mapToDouble(r -> Double.isFinite(r.error()) ? r.error() : 0).toArray();
                XYSeries series = chart.addSeries(label(subject) + ", B=" + (int) b,
                        points.stream().mapToDouble(r -> r.parameter("H").getAsDouble()).toArray(),
                        points.stream().mapToDouble(ThroughputRecord::score).toArray(), errors);
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
        String caption = "Timesteps x batch rows per second of one chunk's forward and backward pass, with JMH error "
                + "bars; higher is better, and the gap between a solid kernel line and the dashed deeplearning4j line of "
                + "the same colour (same B) is the speed-up.";
        return new Figure<>("throughput-kernel", chart, caption);
    }

    /**
     * Ratios at each H and B: kernel over deeplearning4j (samples per second), and kernel over the gemm
     * ceiling (GFLOP/s); only shapes measured for both sides appear.
     */
    public static Figure<XYChart> kernelRatios(List<ThroughputRecord> records) {
        XYChart chart = ChartStyle.xy("Kernel relative to deeplearning4j and to the gemm ceiling",
                "Hidden size H (units)", "Ratio (kernel / reference, x)");
        int colour = 0;
        for (double b : batchSizes(records)) {
            addRatio(chart, records, b, BenchmarkSubject.DL4J_LSTM, ThroughputMetric.SAMPLES_PER_SECOND,
                    "kernel / deeplearning4j, B=" + (int) b, colour);
            addRatio(chart, records, b, BenchmarkSubject.GEMM, ThroughputMetric.GFLOPS,
                    "kernel GFLOP/s / gemm GFLOP/s, B=" + (int) b, colour);
            colour++;
        }
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        String caption = "Solid lines: kernel over deeplearning4j, above 1 the kernel is faster; dashed lines: the "
                + "share of the machine's matrix-multiply speed the kernel reaches (1 would be the ceiling).";
        return new Figure<>("throughput-ratios", chart, caption);
    }

    /** Seconds per training epoch per strategy, with JMH error bars. */
    public static Figure<CategoryChart> secondsPerEpoch(List<ThroughputRecord> records) {
        List<ThroughputRecord> epochs = records.stream()
                .filter(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.SECONDS_PER_OP)).toList();
        CategoryChart chart = ChartStyle.category("Seconds per training epoch", "Strategy", "Time per epoch (s)");
        if (!epochs.isEmpty()) {
            chart.addSeries("seconds per epoch (JMH)",
                    epochs.stream().map(r -> r.textParameter("strategy")).toList(),
                    epochs.stream().map(r -> (Number) r.score()).toList(),
                    epochs.stream().map(r -> (Number) (Double.isFinite(r.error()) ? r.error() : 0.0)).toList());
        }
        String caption = "One epoch of each strategy on the benchmark series; lower is better, and overlapping "
                + "error bars mean no measurable difference.";
        return new Figure<>("throughput-epochs", chart, caption);
    }

    /** Bytes allocated per training epoch per strategy (JMH's gc.alloc.rate.norm). */
    public static Figure<CategoryChart> allocationPerEpoch(List<ThroughputRecord> records) {
        List<ThroughputRecord> epochs = records.stream()
                .filter(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.ALLOC_BYTES_PER_OP)).toList();
        ByteUnit unit = ByteUnit.fitting(epochs.stream().mapToDouble(ThroughputRecord::score).max().orElse(1));
        CategoryChart chart = ChartStyle.category("Memory allocated per training epoch", "Strategy",
                "Allocated per epoch (" + unit.label() + ")");
        if (!epochs.isEmpty()) {
            chart.addSeries("allocation per epoch (JMH -prof gc)",
                    epochs.stream().map(r -> r.textParameter("strategy")).toList(),
                    epochs.stream().map(r -> (Number) unit.of(r.score())).toList());
        }
        String caption = "Heap allocated by one epoch of each strategy; a strategy that materialises overlapping "
                + "windows or allocates per step shows a taller bar, which means more garbage-collection work.";
        return new Figure<>("throughput-allocation", chart, caption);
    }

    /** Whether the records contain anything for {@link #kernelThroughput} or {@link #kernelRatios}. */
    public static boolean hasKernelResults(List<ThroughputRecord> records) {
        return records.stream().anyMatch(of(BenchmarkSubject.KERNEL, ThroughputMetric.SAMPLES_PER_SECOND));
    }

    /** Whether the records contain anything for {@link #secondsPerEpoch}. */
    public static boolean hasEpochResults(List<ThroughputRecord> records) {
        return records.stream().anyMatch(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.SECONDS_PER_OP));
    }

    /** Whether the records contain anything for {@link #allocationPerEpoch}. */
    public static boolean hasAllocationResults(List<ThroughputRecord> records) {
        return records.stream().anyMatch(of(BenchmarkSubject.STRATEGY_EPOCH, ThroughputMetric.ALLOC_BYTES_PER_OP));
    }

    private static void addRatio(XYChart chart, List<ThroughputRecord> records, double b, BenchmarkSubject peer,
                                ThroughputMetric metric, String name, int colour) {
        TreeSet<Double> hs = new TreeSet<>();
        records.forEach(r -> r.parameter("H").ifPresent(hs::add));
        List<double[]> points = hs.stream()
                .map(h -> ratio(records, h, b, peer, metric).map(ratio -> new double[] {h, ratio}))
                .flatMap(Optional::stream).toList();
        if (points.isEmpty()) {
            return;
        }
        XYSeries series = chart.addSeries(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
        series.setLineColor(ChartStyle.color(colour));
        series.setMarkerColor(ChartStyle.color(colour));
        series.setMarker(peer == BenchmarkSubject.GEMM ? SeriesMarkers.SQUARE : SeriesMarkers.CIRCLE);
        if (peer == BenchmarkSubject.GEMM) {
            series.setLineStyle(DASHED);
        }
    }

    private static Optional<Double> ratio(List<ThroughputRecord> records, double h, double b, BenchmarkSubject peer,
                                          ThroughputMetric metric) {
        Optional<ThroughputRecord> kernel = find(records, BenchmarkSubject.KERNEL, metric, h, b);
        Optional<ThroughputRecord> reference = find(records, peer, metric, h, b);
        if (kernel.isEmpty() || reference.isEmpty() || reference.get().score() <= 0) {
            return Optional.empty();
        }
        return Optional.of(kernel.get().score() / reference.get().score());
    }

    private static Optional<ThroughputRecord> find(List<ThroughputRecord> records, BenchmarkSubject subject,
                                                   ThroughputMetric metric, double h, double b) {
        return records.stream().filter(of(subject, metric))
                .filter(r -> r.parameter("H").orElse(Double.NaN) == h && r.parameter("B").orElse(Double.NaN) == b)
                .findFirst();
    }

    private static TreeSet<Double> batchSizes(List<ThroughputRecord> records) {
        TreeSet<Double> bs = new TreeSet<>();
        records.stream().filter(r -> r.subject() == BenchmarkSubject.KERNEL)
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
