package lstmbench.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import lstmbench.report.results.CurvePoint;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Validation loss against epochs, wall-clock seconds or timesteps: one line per strategy, a min-max
 * band over seeds.
 *
 * <p>Loss curves. Each strategy gets a line (the mean over seeds) named after it and a filled band
 * named {@code "<strategy> (min-max over seeds)"}, kept out of the legend. The y axis is logarithmic
 * when the plotted losses span a decade or more.
 */
public final class LossCurveCharts {
    /** Suffix of the band series' names. */
    public static final String BAND_SUFFIX = " (min-max over seeds)";

    private LossCurveCharts() {}

    public static Figure<XYChart> validationLoss(String dataset, List<StrategyCurves> strategies, CurveAxis axis) {
        XYChart chart = ChartStyle.xy(
                "Validation loss vs " + axis.phrase() + ": " + dataset,
                axis.axisTitle(),
                "Validation MSE (scaled series)");
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < strategies.size(); s++) {
            StrategyCurves curves = strategies.get(s);
            List<BandPoint> band = curves.band(axis.value(), CurvePoint::validationLoss);
            if (band.isEmpty()) {
                continue;
            }
            Color color = ChartStyle.color(s);
            if (curves.seedCurves().size() > 1) {
                addBand(chart, curves.strategy() + BAND_SUFFIX, band, color);
            }
            XYSeries line = chart.addSeries(
                    curves.strategy(),
                    band.stream().mapToDouble(BandPoint::x).toArray(),
                    band.stream().mapToDouble(BandPoint::mean).toArray());
            line.setLineColor(color);
            line.setMarkerColor(color);
            line.setMarker(SeriesMarkers.CIRCLE);
            for (BandPoint point : band) {
                low = Math.min(low, point.min());
                high = Math.max(high, point.max());
            }
        }
        chart.getStyler().setYAxisLogarithmic(ChartStyle.spansDecades(low, high));
        String caption = "Mean validation loss against " + axis.phrase() + " for each strategy's chosen learning "
                + "rate, shaded from the best to the worst seed; " + axis.lookFor()
                + ", and overlapping bands mean no clear difference.";
        return new Figure<>("loss-" + axis.slug() + "-" + ChartStyle.slug(dataset), chart, caption);
    }

    private static void addBand(XYChart chart, String name, List<BandPoint> band, Color color) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (BandPoint point : band) {
            xs.add(point.x());
            ys.add(point.max());
        }
        for (int i = band.size() - 1; i >= 0; i--) {
            xs.add(band.get(i).x());
            ys.add(band.get(i).min());
        }
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        series.setFillColor(ChartStyle.translucent(color));
        series.setLineColor(ChartStyle.translucent(color));
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(false);
    }
}
