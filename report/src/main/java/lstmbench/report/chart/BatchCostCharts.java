package lstmbench.report.chart;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What each batch of an epoch costs against its index in the epoch, one line per strategy
 * (memory.csv's BATCH_SECONDS and BATCH_ACTIVATION_BYTES of the chosen runs, averaged over seeds
 * and datasets at each batch index): flat for stateful-tbptt, rising by one chunk per batch up to
 * max-chunks for stateful-full-graph, which keeps the graph of earlier batches.
 */
public final class BatchCostCharts {
    private BatchCostCharts() {}

    /** Mean seconds of batch k against k, per strategy. */
    public static Figure<XYChart> seconds(List<StrategyPoints> strategies) {
        XYChart chart =
                ChartStyle.xy("Seconds per batch through an epoch", "Batch index k in the epoch", "Seconds per batch");
        for (int s = 0; s < strategies.size(); s++) {
            List<double[]> means = strategies.get(s).meanByX();
            XYSeries series = chart.addSeries(
                    strategies.get(s).strategy(),
                    means.stream().mapToDouble(p -> p[0]).toArray(),
                    means.stream().mapToDouble(p -> p[1]).toArray());
            style(series, s);
        }
        String caption = "Wall-clock time of each batch of the last complete epoch (forward, backward and update), "
                + "averaged over seeds; a flat line costs the same at every batch, a rising one pays for every "
                + "earlier batch it back-propagates through.";
        return new Figure<>("batch-seconds", chart, caption);
    }

    /** Mean activation-cache bytes of batch k against k, per strategy, in a unit that fits. */
    public static Figure<XYChart> activationBytes(List<StrategyPoints> strategies) {
        double max = strategies.stream()
                .flatMap(s -> s.meanByX().stream())
                .mapToDouble(p -> p[1])
                .max()
                .orElse(1);
        ByteUnit unit = ByteUnit.fitting(max);
        XYChart chart = ChartStyle.xy(
                "Activation memory per batch through an epoch",
                "Batch index k in the epoch",
                "Activation cache (" + unit.label() + ")");
        for (int s = 0; s < strategies.size(); s++) {
            List<double[]> means = strategies.get(s).meanByX();
            XYSeries series = chart.addSeries(
                    strategies.get(s).strategy(),
                    means.stream().mapToDouble(p -> p[0]).toArray(),
                    means.stream().mapToDouble(p -> unit.of(p[1])).toArray());
            style(series, s);
        }
        String caption = "Bytes of activations each batch keeps for its backward pass; keeping the graph of earlier "
                + "batches makes this grow with the batch index until max-chunks caps it.";
        return new Figure<>("batch-activation-bytes", chart, caption);
    }

    private static void style(XYSeries series, int index) {
        series.setLineColor(ChartStyle.color(index));
        series.setMarkerColor(ChartStyle.color(index));
        series.setMarker(SeriesMarkers.NONE);
    }
}
