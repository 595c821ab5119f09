package lstmbench.report.chart;

/**
 * A labelled vertical line on a chart, such as the window length W or the chunk length T.
 *
 * <p>A vertical reference line at {@code x}, shown in the legend as {@code label}.
 */
public record Marker(String label, double x) {}
