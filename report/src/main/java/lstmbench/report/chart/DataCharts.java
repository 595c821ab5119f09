package lstmbench.report.chart;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The data chart: a dataset's series coloured by split, so the split boundaries are visible.
 *
 * <p>One series per split ({@code train}, {@code validation}, {@code test}), thinned to at most a few thousand points.
 */
public final class DataCharts {
    /** Most points drawn per chart; longer series are thinned by taking every n-th point. */
    public static final int MAX_POINTS = 4000;

    private DataCharts() {}

    public static Figure<XYChart> series(String dataset, List<SeriesPoint> points) {
        XYChart chart =
                ChartStyle.xy("Data: " + dataset, "Position in the series (time step)", "Value (original scale)");
        int stride = Math.max(1, (points.size() + MAX_POINTS - 1) / MAX_POINTS);
        int colour = 0;
        for (Split split : Split.values()) {
            List<SeriesPoint> part =
                    points.stream().filter(p -> p.split() == split).toList();
            List<SeriesPoint> thinned = IntStream.range(0, part.size())
                    .filter(i -> i % stride == 0 || i == part.size() - 1)
                    .mapToObj(part::get)
                    .toList();
            if (thinned.isEmpty()) {
                colour++;
                continue;
            }
            XYSeries series = chart.addSeries(
                    split.name().toLowerCase(Locale.ROOT),
                    thinned.stream().mapToDouble(SeriesPoint::index).toArray(),
                    thinned.stream().mapToDouble(SeriesPoint::value).toArray());
            series.setLineColor(ChartStyle.color(colour++));
            series.setMarker(SeriesMarkers.NONE);
        }
        String caption = "The whole series, coloured by chronological split (the scaler is fitted on the training "
                + "part only); check that validation and test look like the training part.";
        return new Figure<>("data-" + ChartStyle.slug(dataset), chart, caption);
    }
}
