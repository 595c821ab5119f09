package lstmbench.report.chart;

import java.awt.Color;
import java.util.List;
import lstmbench.report.results.ForecastPoint;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * A stretch of test data with each strategy's next-step forecasts drawn over it.
 *
 * <p>The forecast stretch chart: series {@code "actual"} and one series per strategy, each decimated
 * to the chart's pixel columns over the stretch ({@link Decimation}), so a long stretch keeps its
 * turns and spikes and costs one pass to draw.
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
        List<List<ForecastPoint>> stretches = forecasts.stream()
                .map(forecast -> head(forecast.points(), maxPoints))
                .toList();
        List<List<ForecastPoint>> drawn =
                stretches.stream().filter(points -> !points.isEmpty()).toList();
        if (!drawn.isEmpty()) {
            double from = drawn.stream()
                    .mapToDouble(points -> points.get(0).index())
                    .min()
                    .orElseThrow();
            double to = drawn.stream()
                    .mapToDouble(points -> points.get(points.size() - 1).index())
                    .max()
                    .orElseThrow();
            List<ForecastPoint> first = stretches.get(0);
            XYSeries actual = ChartStyle.decimatedLine(
                    chart,
                    ACTUAL,
                    first.stream().mapToDouble(ForecastPoint::index).toArray(),
                    first.stream().mapToDouble(ForecastPoint::actual).toArray(),
                    from,
                    to);
            actual.setLineColor(Color.BLACK);
            actual.setLineWidth(2.5f);
            for (int s = 0; s < forecasts.size(); s++) {
                List<ForecastPoint> points = stretches.get(s);
                XYSeries series = ChartStyle.decimatedLine(
                        chart,
                        forecasts.get(s).strategy(),
                        points.stream().mapToDouble(ForecastPoint::index).toArray(),
                        points.stream().mapToDouble(ForecastPoint::predicted).toArray(),
                        from,
                        to);
                series.setLineColor(ChartStyle.color(s));
                series.setLineWidth(1.2f);
            }
        }
        String caption = "The first test points (black) with each strategy's streaming next-step forecast "
                + "(one seed each); look for which lines track the black one through its turns.";
        return new Figure<>("forecast-" + ChartStyle.slug(dataset), chart, caption);
    }

    private static List<ForecastPoint> head(List<ForecastPoint> points, int maxPoints) {
        return points.subList(0, Math.min(maxPoints, points.size()));
    }
}
