package lstmbench.report.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The data chart: a dataset's series coloured by split, so the split boundaries are visible.
 *
 * <p>One series per split ({@code train}, {@code validation}, {@code test}), each decimated to the
 * chart's pixel columns over the whole series ({@link Decimation}): the first, lowest, highest and
 * last point of every column, so spikes stay visible however long the series is.
 */
public final class DataCharts {
    /**
     * Most points drawn per chart: {@link Decimation#POINTS_PER_COLUMN} for each of the chart's pixel
     * columns, plus those of the columns where one split ends and the next begins (the splits follow
     * one another along the series). Each split's line alone never exceeds
     * {@code Decimation.POINTS_PER_COLUMN * ChartStyle.COLUMNS}.
     */
    public static final int MAX_POINTS =
            Decimation.POINTS_PER_COLUMN * (ChartStyle.COLUMNS + Split.values().length - 1);

    private DataCharts() {}

    public static Figure<XYChart> series(String dataset, List<SeriesPoint> points) {
        XYChart chart =
                ChartStyle.xy("Data: " + dataset, "Position in the series (time step)", "Value (original scale)");
        // series.csv is written in index order, where this stable sort is one linear pass.
        List<SeriesPoint> ordered = points.stream()
                .sorted(Comparator.comparingInt(SeriesPoint::index))
                .toList();
        int colour = 0;
        for (Split split : Split.values()) {
            List<SeriesPoint> part =
                    ordered.stream().filter(p -> p.split() == split).toList();
            if (part.isEmpty()) {
                colour++;
                continue;
            }
            XYSeries series = ChartStyle.decimatedLine(
                    chart,
                    split.name().toLowerCase(Locale.ROOT),
                    part.stream().mapToDouble(SeriesPoint::index).toArray(),
                    part.stream().mapToDouble(SeriesPoint::value).toArray(),
                    ordered.get(0).index(),
                    ordered.get(ordered.size() - 1).index());
            series.setLineColor(ChartStyle.color(colour++));
        }
        String caption = "The whole series, coloured by chronological split (the scaler is fitted on the training "
                + "part only); check that validation and test look like the training part.";
        return new Figure<>("data-" + ChartStyle.slug(dataset), chart, caption);
    }
}
