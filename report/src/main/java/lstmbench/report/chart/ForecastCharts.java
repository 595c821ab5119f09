package lstmbench.report.chart;

import java.awt.Color;
import java.util.List;
import lstmbench.report.results.ForecastPoint;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A stretch of test data with each strategy's next-step forecasts drawn over it.
 *
 * <p>The forecast stretch chart: series {@code "actual"} and one series per strategy.
 */
public final class ForecastCharts {
    public static final String ACTUAL = "actual";

    private ForecastCharts() {}

    /** The first {@code maxPoints} test points of every strategy's forecasts. */
    public static Figure<XYChart> testStretch(String dataset, List<StrategyForecast> forecasts, int maxPoints) {
        XYChart chart = ChartStyle.xy(
                "Test data and next-step forecasts: " + dataset,
                "Position in the series (time step)",
                "Value (original scale)");
        if (!forecasts.isEmpty()) {
            List<ForecastPoint> first = head(forecasts.get(0).points(), maxPoints);
            XYSeries actual = chart.addSeries(
                    ACTUAL,
                    first.stream().mapToDouble(ForecastPoint::index).toArray(),
                    first.stream().mapToDouble(ForecastPoint::actual).toArray());
            actual.setLineColor(Color.BLACK);
            actual.setLineWidth(2.5f);
            actual.setMarker(SeriesMarkers.NONE);
        }
        for (int s = 0; s < forecasts.size(); s++) {
            StrategyForecast forecast = forecasts.get(s);
            List<ForecastPoint> points = head(forecast.points(), maxPoints);
            XYSeries series = chart.addSeries(
                    forecast.strategy(),
                    points.stream().mapToDouble(ForecastPoint::index).toArray(),
                    points.stream().mapToDouble(ForecastPoint::predicted).toArray());
            series.setLineColor(ChartStyle.color(s));
            series.setLineWidth(1.2f);
            series.setMarker(SeriesMarkers.NONE);
        }
        String caption = "The first test points (black) with each strategy's streaming next-step forecast "
                + "(one seed each); look for which lines track the black one through its turns.";
        return new Figure<>("forecast-" + ChartStyle.slug(dataset), chart, caption);
    }

    private static List<ForecastPoint> head(List<ForecastPoint> points, int maxPoints) {
        return points.subList(0, Math.min(maxPoints, points.size()));
    }
}
