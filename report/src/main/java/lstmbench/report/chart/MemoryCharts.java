package lstmbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Memory charts: R^2 against planted lag (W and T marked), input-sensitivity decay, and bytes per
 * strategy.
 *
 * <p>Charts of the model's memory (how far back it uses the past) and the machine's memory (bytes).
 */
public final class MemoryCharts {
    /** Name of the horizontal reference line on the sensitivity chart. */
    public static final String ONE_PERCENT = "1% of peak (horizon threshold)";

    private static final BasicStroke DASHED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    private static final BasicStroke DOTTED =
            new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER, 10f, new float[] {1f, 5f}, 0f);

    private MemoryCharts() {}

    /** Mean R^2 per strategy at each planted lag; each marker is a dashed vertical line in the legend. */
    public static Figure<XYChart> lagR2(List<StrategyPoints> strategies, List<Marker> markers) {
        XYChart chart = ChartStyle.xy(
                "Learned memory: R^2 vs planted lag",
                "Planted lag L (time steps)",
                "Lag R^2 (0 = lag unused, 1 = noise floor)");
        boolean logX = true;
        for (int s = 0; s < strategies.size(); s++) {
            List<double[]> means = strategies.get(s).meanByX();
            logX &= means.stream().allMatch(point -> point[0] > 0);
            XYSeries series = chart.addSeries(
                    strategies.get(s).strategy(),
                    means.stream().mapToDouble(p -> p[0]).toArray(),
                    means.stream().mapToDouble(p -> p[1]).toArray());
            series.setLineColor(ChartStyle.color(s));
            series.setMarkerColor(ChartStyle.color(s));
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            XYSeries line = chart.addSeries(marker.label(), new double[] {marker.x(), marker.x()}, new double[] {0, 1});
            line.setLineColor(m == 0 ? Color.DARK_GRAY : new Color(150, 0, 150));
            line.setLineStyle(m == 0 ? DASHED : DOTTED);
            line.setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setXAxisLogarithmic(logX && !strategies.isEmpty());
        String caption = "How much of the planted lag's predictability each strategy captured, averaged over seeds; "
                + "look where each line drops and whether that is at the window length W or the chunk length T.";
        return new Figure<>("memory-lag-r2", chart, caption);
    }

    /** Mean normalised input sensitivity per strategy against steps back, with the 1% threshold. */
    public static Figure<XYChart> inputSensitivity(List<StrategyPoints> strategies) {
        XYChart chart = ChartStyle.xy(
                "Input sensitivity: how far back the forecast looks",
                "Steps back k (time steps)",
                "Mean |d forecast / d input(t-k)|, fraction of peak");
        double maxK = 0;
        for (int s = 0; s < strategies.size(); s++) {
            List<double[]> means = strategies.get(s).meanByX();
            XYSeries series = chart.addSeries(
                    strategies.get(s).strategy(),
                    means.stream().mapToDouble(p -> p[0]).toArray(),
                    means.stream().mapToDouble(p -> p[1]).toArray());
            series.setLineColor(ChartStyle.color(s));
            series.setMarker(SeriesMarkers.NONE);
            maxK = Math.max(maxK, means.stream().mapToDouble(p -> p[0]).max().orElse(0));
        }
        if (!strategies.isEmpty()) {
            XYSeries threshold = chart.addSeries(ONE_PERCENT, new double[] {0, maxK}, new double[] {0.01, 0.01});
            threshold.setLineColor(Color.DARK_GRAY);
            threshold.setLineStyle(DASHED);
            threshold.setMarker(SeriesMarkers.NONE);
        }
        String caption = "Gradient of the forecast with respect to earlier inputs, normalised to its peak and averaged "
                + "over seeds; a curve that stays above the dashed 1% line further to the right uses a longer past.";
        return new Figure<>("memory-sensitivity", chart, caption);
    }

    /** Bytes of training input per epoch and activation cache per batch, per strategy. */
    public static Figure<CategoryChart> bytes(List<StrategyBytes> strategies) {
        double max = strategies.stream()
                .mapToDouble(b -> Math.max(
                        b.trainingBytesPerEpoch(),
                        Double.isFinite(b.activationBytesPerBatch()) ? b.activationBytesPerBatch() : 0))
                .max()
                .orElse(1);
        ByteUnit unit = ByteUnit.fitting(max);
        CategoryChart chart =
                ChartStyle.category("Memory cost per strategy", "Strategy", "Size (" + unit.label() + ")");
        List<String> names = strategies.stream().map(StrategyBytes::strategy).toList();
        if (!strategies.isEmpty()) {
            chart.addSeries(
                    "training input per epoch",
                    names,
                    strategies.stream()
                            .map(b -> (Number) unit.of(b.trainingBytesPerEpoch()))
                            .toList());
            if (strategies.stream().allMatch(b -> Double.isFinite(b.activationBytesPerBatch()))) {
                CategorySeries activation = chart.addSeries(
                        "activation cache per batch",
                        names,
                        strategies.stream()
                                .map(b -> (Number) unit.of(b.activationBytesPerBatch()))
                                .toList());
                activation.setFillColor(ChartStyle.color(1));
            }
        }
        String caption = "Bytes a strategy materialises: overlapping windows store each point up to W times unless "
                + "generated lazily; compare the bar heights.";
        return new Figure<>("memory-bytes", chart, caption);
    }
}
