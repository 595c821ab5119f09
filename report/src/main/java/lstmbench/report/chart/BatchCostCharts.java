package lstmbench.report.chart;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * What each batch of an epoch costs against its index in the epoch, one line per strategy
 * (memory.csv's BATCH_SECONDS and BATCH_ACTIVATION_BYTES of the chosen runs, averaged over seeds
 * and datasets at each batch index): flat for stateful-tbptt, rising by one chunk per batch up to
 * max-chunks for stateful-full-graph, which keeps the graph of earlier batches. An epoch of a long
 * series has many batches, so each line is decimated to the chart's pixel columns ({@link Decimation}).
 */
public final class BatchCostCharts {
    private BatchCostCharts() {}

    /** Mean seconds of batch k against k, per strategy. */
    public static Figure<XYChart> seconds(List<StrategyPoints> strategies) {
        XYChart chart =
                ChartStyle.xy("Seconds per batch through an epoch", "Batch index k in the epoch", "Seconds per batch");
        lines(
                chart,
                strategies,
                strategies.stream().map(StrategyPoints::meanByX).toList(),
                v -> v);
        String caption = "Wall-clock time of each batch of the last complete epoch (forward, backward and update), "
                + "averaged over seeds; a flat line costs the same at every batch, a rising one pays for every "
                + "earlier batch it back-propagates through.";
        return new Figure<>("batch-seconds", chart, caption);
    }

    /** Mean activation-cache bytes of batch k against k, per strategy, in a unit that fits. */
    public static Figure<XYChart> activationBytes(List<StrategyPoints> strategies) {
        List<List<double[]>> means =
                strategies.stream().map(StrategyPoints::meanByX).toList();
        double max = means.stream()
                .flatMap(List::stream)
                .mapToDouble(p -> p[1])
                .max()
                .orElse(1);
        ByteUnit unit = ByteUnit.fitting(max);
        XYChart chart = ChartStyle.xy(
                "Activation memory per batch through an epoch",
                "Batch index k in the epoch",
                "Activation cache (" + unit.label() + ")");
        lines(chart, strategies, means, unit::of);
        String caption = "Bytes of activations each batch keeps for its backward pass; keeping the graph of earlier "
                + "batches makes this grow with the batch index until max-chunks caps it.";
        return new Figure<>("batch-activation-bytes", chart, caption);
    }

    /**
     * One decimated line per strategy through its means ({@code [k, value]} ordered by k, a point with a
     * non-finite k left out), the value mapped by {@code unit}, over the batch indices of all strategies.
     */
    private static void lines(
            XYChart chart, List<StrategyPoints> strategies, List<List<double[]>> means, DoubleUnaryOperator unit) {
        List<List<double[]>> finite = means.stream()
                .map(m -> m.stream().filter(p -> Double.isFinite(p[0])).toList())
                .toList();
        double from = finite.stream()
                .filter(m -> !m.isEmpty())
                .mapToDouble(m -> m.get(0)[0])
                .min()
                .orElse(0);
        double to = finite.stream()
                .filter(m -> !m.isEmpty())
                .mapToDouble(m -> m.get(m.size() - 1)[0])
                .max()
                .orElse(0);
        for (int s = 0; s < strategies.size(); s++) {
            XYSeries series = ChartStyle.decimatedLine(
                    chart,
                    strategies.get(s).strategy(),
                    finite.get(s).stream().mapToDouble(p -> p[0]).toArray(),
                    finite.get(s).stream()
                            .mapToDouble(p -> unit.applyAsDouble(p[1]))
                            .toArray(),
                    from,
                    to);
            series.setLineColor(ChartStyle.color(s));
            series.setMarkerColor(ChartStyle.color(s));
        }
    }
}
