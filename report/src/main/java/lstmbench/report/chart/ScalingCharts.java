package lstmbench.report.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Log-log charts of how a run's cost grows with the length of its series ({@code lstmbench scale}):
 * seconds against points and bytes against points. On log-log axes a cost proportional to the length
 * is a straight line of slope one; a steeper line grows faster than the series. An axis whose values
 * span less than a decade (a short list of close lengths) is linear instead.
 */
public final class ScalingCharts {
    private ScalingCharts() {}

    /**
     * One measured quantity at each series length.
     *
     * @param name   legend text, e.g. "wall (whole run command)"
     * @param points series lengths (x)
     * @param values the quantity at each length (y), in seconds or bytes; a value that is not
     *               positive (not measured, e.g. -1) is left out of the log-scale chart
     */
    public record Line(String name, double[] points, double[] values) {
        public Line {
            Objects.requireNonNull(name, "name");
            points = points.clone();
            values = values.clone();
            if (points.length != values.length) {
                throw new IllegalArgumentException(
                        name + ": " + points.length + " points but " + values.length + " values");
            }
        }

        @Override
        public double[] points() {
            return points.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Line line
                    && name.equals(line.name)
                    && Arrays.equals(points, line.points)
                    && Arrays.equals(values, line.values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(points), Arrays.hashCode(values));
        }

        @Override
        public String toString() {
            return "Line[" + name + ", points=" + Arrays.toString(points) + ", values=" + Arrays.toString(values) + "]";
        }
    }

    /** Seconds against series length, both axes logarithmic (where the values span a decade). */
    public static Figure<XYChart> seconds(List<Line> lines) {
        XYChart chart = ChartStyle.xy("Run time against series length", "Series length (points)", "Seconds");
        addLines(chart, lines);
        String caption = "Seconds of the whole run command (wall) and the parts spent training and evaluating, "
                + "against the series length (log-log axes where the values span a decade); a line of slope one grows in proportion to the "
                + "series, and the gap between wall and training is everything else (loading, writing, the report).";
        return new Figure<>("scaling-seconds", chart, caption);
    }

    /**
     * Bytes against series length, both axes logarithmic (where the values span a decade), in one
     * binary unit fitting the largest value.
     */
    public static Figure<XYChart> bytes(List<Line> lines) {
        double max = lines.stream()
                .flatMapToDouble(line -> Arrays.stream(line.values))
                .max()
                .orElse(1);
        ByteUnit unit = ByteUnit.fitting(max);
        XYChart chart = ChartStyle.xy(
                "Memory and disk against series length", "Series length (points)", "Size (" + unit.label() + ")");
        List<Line> scaled = lines.stream()
                .map(line -> new Line(
                        line.name,
                        line.points,
                        Arrays.stream(line.values)
                                .map(v -> v > 0 ? unit.of(v) : v)
                                .toArray()))
                .toList();
        addLines(chart, scaled);
        String caption = "Peak heap and peak resident set size of the run's process and the size of its results "
                + "folder, against the series length (log-log axes where the values span a decade); a line flatter than the folder's means memory "
                + "that does not grow with the series.";
        return new Figure<>("scaling-bytes", chart, caption);
    }

    /**
     * Adds each line's positive points with markers. An axis is logarithmic when its drawn values
     * span at least a decade ({@link ChartStyle#spansDecades}); within one decade XChart's log axis
     * would show no tick labels, and a linear one reads as well.
     */
    private static void addLines(XYChart chart, List<Line> lines) {
        int colour = 0;
        double minX = Double.POSITIVE_INFINITY, maxX = 0, minY = Double.POSITIVE_INFINITY, maxY = 0;
        for (Line line : lines) {
            double[] x = line.points;
            double[] y = line.values;
            int[] kept = IntStream.range(0, x.length)
                    .filter(i -> x[i] > 0 && y[i] > 0 && Double.isFinite(y[i]))
                    .toArray();
            if (kept.length > 0) {
                double[] keptX = Arrays.stream(kept).mapToDouble(i -> x[i]).toArray();
                double[] keptY = Arrays.stream(kept).mapToDouble(i -> y[i]).toArray();
                XYSeries series = chart.addSeries(line.name, keptX, keptY);
                series.setLineColor(ChartStyle.color(colour));
                series.setMarkerColor(ChartStyle.color(colour));
                series.setMarker(SeriesMarkers.CIRCLE);
                minX = Math.min(minX, Arrays.stream(keptX).min().orElseThrow());
                maxX = Math.max(maxX, Arrays.stream(keptX).max().orElseThrow());
                minY = Math.min(minY, Arrays.stream(keptY).min().orElseThrow());
                maxY = Math.max(maxY, Arrays.stream(keptY).max().orElseThrow());
            }
            colour++;
        }
        chart.getStyler().setXAxisLogarithmic(ChartStyle.spansDecades(minX, maxX));
        chart.getStyler().setYAxisLogarithmic(ChartStyle.spansDecades(minY, maxY));
    }
}
