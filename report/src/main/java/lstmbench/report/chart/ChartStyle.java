package lstmbench.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The shared look of every chart: size, fonts, legend place, and one colour per strategy.
 *
 * <p>Builds empty charts with the page's common style.
 */
final class ChartStyle {
    static final int WIDTH = 860;
    /**
     * Pixel columns a long line is decimated to ({@link Decimation}): the chart's width, which the
     * plot area never exceeds, so no column holds more than one pixel's worth of x.
     */
    static final int COLUMNS = WIDTH;

    static final int HEIGHT = 460;
    /**
     * Widest title (pixels) that is never cut off: XChart centres the title over the plot area,
     * which the legend outside on the right pushes left, so a title wider than this loses both ends.
     */
    static final int TITLE_BUDGET = 600;

    static final int MIN_TITLE_FONT_SIZE = 11;
    static final String ELLIPSIS = "...";
    /**
     * Tallest y-axis title (pixels) drawn whole: XChart centres the rotated title on the plot area,
     * about 380 px high at {@link #HEIGHT}, and cuts off whatever sticks out above the chart.
     */
    static final int Y_TITLE_BUDGET = 360;

    static final int MIN_AXIS_TITLE_FONT_SIZE = 10;
    /** Room between x-axis tick labels (XChart's default of 74 px crowds labels such as "8,514"). */
    static final int X_TICK_SPACING = 100;

    private static final Color[] PALETTE = {
        new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
        new Color(188, 189, 34), new Color(23, 190, 207)
    };

    private ChartStyle() {}

    static XYChart xy(String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xAxisTitle)
                .yAxisTitle(yAxisTitle)
                .build();
        XYStyler styler = chart.getStyler();
        styler.setPlotGridLinesColor(new Color(225, 225, 225));
        styler.setMarkerSize(5);
        styler.setXAxisTickMarkSpacingHint(X_TICK_SPACING);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setSeriesColors(PALETTE);
        fitTitle(chart, styler);
        fitYAxisTitle(chart, styler);
        return chart;
    }

    static CategoryChart category(String title, String xAxisTitle, String yAxisTitle) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xAxisTitle)
                .yAxisTitle(yAxisTitle)
                .build();
        CategoryStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setSeriesColors(PALETTE);
        fitTitle(chart, styler);
        fitYAxisTitle(chart, styler);
        return chart;
    }

    /**
     * Makes a long title (e.g. one naming a dataset specification) fit within {@link #TITLE_BUDGET}:
     * first a smaller font, down to {@link #MIN_TITLE_FONT_SIZE}, then the end of the title replaced
     * by {@link #ELLIPSIS} (the section heading above each chart names the dataset in full).
     */
    static void fitTitle(Chart<?, ?> chart, Styler styler) {
        Fitted fitted = fit(chart.getTitle(), styler.getChartTitleFont(), TITLE_BUDGET, MIN_TITLE_FONT_SIZE);
        styler.setChartTitleFont(fitted.font());
        chart.setTitle(fitted.text());
    }

    /**
     * Makes the y-axis title fit within {@link #Y_TITLE_BUDGET}: a smaller axis-title font (both
     * axes share it), down to {@link #MIN_AXIS_TITLE_FONT_SIZE}, then the end cut to {@link #ELLIPSIS}.
     */
    static void fitYAxisTitle(Chart<?, ?> chart, AxesChartStyler styler) {
        Fitted fitted = fit(chart.getYAxisTitle(), styler.getAxisTitleFont(), Y_TITLE_BUDGET, MIN_AXIS_TITLE_FONT_SIZE);
        styler.setAxisTitleFont(fitted.font());
        chart.setYAxisTitle(fitted.text());
    }

    /** A text and the font it is drawn in, after {@link #fit}. */
    record Fitted(String text, Font font) {}

    /**
     * {@code text} within {@code budget} pixels: the font shrunk a point at a time down to
     * {@code minSize}, then the end of the text replaced by {@link #ELLIPSIS} until it fits.
     */
    static Fitted fit(String text, Font font, int budget, int minSize) {
        Font fitted = font;
        while (titleWidth(text, fitted) > budget && fitted.getSize() > minSize) {
            fitted = fitted.deriveFont((float) fitted.getSize() - 1);
        }
        String shown = text;
        for (int keep = text.length() - 1; keep > 0 && titleWidth(shown, fitted) > budget; keep--) {
            shown = text.substring(0, keep).stripTrailing() + ELLIPSIS;
        }
        return new Fitted(shown, fitted);
    }

    /** Width in pixels of {@code text} drawn in {@code font}. */
    static int titleWidth(String text, Font font) {
        Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return graphics.getFontMetrics(font).stringWidth(text);
        } finally {
            graphics.dispose();
        }
    }

    /**
     * Adds a line without markers through {@code x} and {@code y} (sorted by x), decimated to
     * {@link #COLUMNS} pixel columns over the x axis from {@code from} to {@code to}, so drawing a
     * long series costs one pass over it and its spikes stay visible.
     */
    static XYSeries decimatedLine(XYChart chart, String name, double[] x, double[] y, double from, double to) {
        Decimation.Line line = Decimation.of(x, y, COLUMNS, from, to);
        XYSeries series = chart.addSeries(name, line.x(), line.y());
        series.setMarker(SeriesMarkers.NONE);
        return series;
    }

    /** The colour of the {@code index}-th strategy (the same on every chart). */
    static Color color(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    static Color translucent(Color color) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), 60);
    }

    /** A file-name stem from free text. */
    static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** Whether positive values spanning from {@code min} to {@code max} cover at least one decade. */
    static boolean spansDecades(double min, double max) {
        return min > 0 && Double.isFinite(max) && max / min >= 10.0;
    }
}
