package lstmbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import lstmbench.report.ResultsFixture;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/**
 * The shared chart style: long titles are fitted so XChart does not cut them off, short ones are
 * left alone.
 */
class ChartStyleTest {
    /** A dataset specification as long as the quick experiment's. */
    private static final String LONG_DATASET =
            "synthetic:sine-mixture?periods=24,96&amplitudes=1,0.5&noise=0.2&length=10000&seed=2";

    @Test
    void aShortTitleKeepsItsTextAndFont() {
        XYChart chart = ChartStyle.xy("Data: sunspots", "x", "y");

        assertEquals("Data: sunspots", chart.getTitle());
        assertEquals(
                new XYChart(10, 10).getStyler().getChartTitleFont(),
                chart.getStyler().getChartTitleFont());
    }

    @Test
    void aTitleThatFitsWithASmallerFontIsShownWhole() {
        String title = "Validation loss vs epochs: " + LONG_DATASET.substring(0, 60);
        Font normal = new XYChart(10, 10).getStyler().getChartTitleFont();
        assertTrue(ChartStyle.titleWidth(title, normal) > ChartStyle.TITLE_BUDGET, "the test title must be too wide");

        XYChart chart = ChartStyle.xy(title, "x", "y");

        assertEquals(title, chart.getTitle());
        assertTrue(chart.getStyler().getChartTitleFont().getSize() < normal.getSize());
        assertTrue(ChartStyle.titleWidth(title, chart.getStyler().getChartTitleFont()) <= ChartStyle.TITLE_BUDGET);
    }

    @Test
    void aTitleTooLongEvenInTheSmallestFontEndsInAnEllipsisAndFits() {
        Figure<XYChart> figure = LossCurveCharts.validationLoss(
                LONG_DATASET,
                StrategyCurves.of(ResultsFixture.results(), ResultsFixture.CLEAR_DATASET),
                CurveAxis.TIMESTEPS);
        String title = figure.chart().getTitle();
        Font font = figure.chart().getStyler().getChartTitleFont();

        assertTrue(title.startsWith("Validation loss vs timesteps processed: synthetic:sine-mixture?"), title);
        assertTrue(title.endsWith(ChartStyle.ELLIPSIS), title);
        assertEquals(ChartStyle.MIN_TITLE_FONT_SIZE, font.getSize());
        assertTrue(ChartStyle.titleWidth(title, font) <= ChartStyle.TITLE_BUDGET, title);
    }

    @Test
    void categoryChartsAreFittedToo() {
        String title = "Memory cost per strategy on " + LONG_DATASET + " and " + LONG_DATASET;

        String shown = ChartStyle.category(title, "Strategy", "Size").getTitle();

        assertTrue(shown.endsWith(ChartStyle.ELLIPSIS), shown);
    }

    @Test
    void xAxisTickLabelsGetMoreRoomThanXChartsDefault() {
        for (XYChart chart : List.of(ChartStyle.xy("t", "x", "y"))) {
            assertEquals(ChartStyle.X_TICK_SPACING, chart.getStyler().getXAxisTickMarkSpacingHint());
        }
    }

    @Test
    void aShortYAxisTitleKeepsItsTextAndFont() {
        XYChart chart = ChartStyle.xy("t", "x", "Time per epoch (s)");

        assertEquals("Time per epoch (s)", chart.getYAxisTitle());
        assertEquals(
                new XYChart(10, 10).getStyler().getAxisTitleFont(),
                chart.getStyler().getAxisTitleFont());
    }

    @Test
    void aLongYAxisTitleIsFittedToThePlotHeightInsteadOfRunningOffTheChart() {
        String title = "R^2 relative to achievable (0 = lag unused, 1 = noise floor), on the original scale";
        Font normal = new XYChart(10, 10).getStyler().getAxisTitleFont();
        assertTrue(ChartStyle.titleWidth(title, normal) > ChartStyle.Y_TITLE_BUDGET, "the test title must be too tall");

        for (var chart : List.of(ChartStyle.xy("t", "x", title), ChartStyle.category("t", "x", title))) {
            Font font = chart.getStyler().getAxisTitleFont();
            assertTrue(
                    ChartStyle.titleWidth(chart.getYAxisTitle(), font) <= ChartStyle.Y_TITLE_BUDGET,
                    chart.getYAxisTitle());
            assertTrue(font.getSize() >= ChartStyle.MIN_AXIS_TITLE_FONT_SIZE);
        }
    }
}
