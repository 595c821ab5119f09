package lstmbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The scaling benchmark's charts: log axes where values span decades, unmeasured values left out. */
class ScalingChartsTest {
    private static final double[] DECADES = {47_249, 472_490, 4_724_900};

    @Test
    void secondsOverDecadesAreLogLog() {
        Figure<XYChart> figure = ScalingCharts.seconds(List.of(
                new ScalingCharts.Line("wall", DECADES, new double[] {20, 150, 1400}),
                new ScalingCharts.Line("training", DECADES, new double[] {10, 100, 1000})));
        assertTrue(figure.chart().getStyler().isXAxisLogarithmic());
        assertTrue(figure.chart().getStyler().isYAxisLogarithmic());
        assertEquals(2, figure.chart().getSeriesMap().size());
    }

    @Test
    void lengthsWithinOneDecadeGetLinearAxesAndUnmeasuredBytesAreLeftOut() {
        double[] points = {20_000, 40_000};
        Figure<XYChart> figure = ScalingCharts.bytes(List.of(
                new ScalingCharts.Line("peak RSS", points, new double[] {-1, 800.0 * 1024 * 1024}),
                new ScalingCharts.Line(
                        "results folder", points, new double[] {7.0 * 1024 * 1024, 14.0 * 1024 * 1024})));
        assertFalse(figure.chart().getStyler().isXAxisLogarithmic());
        assertTrue(figure.chart().getStyler().isYAxisLogarithmic(), "7 MiB to 800 MiB spans two decades");
        assertArrayEquals(
                new double[] {40_000},
                figure.chart().getSeriesMap().get("peak RSS").getXData(),
                "the -1 (not measured) is not drawn");
        assertTrue(
                figure.chart().getYAxisTitle().contains("MiB"), figure.chart().getYAxisTitle());
    }
}
