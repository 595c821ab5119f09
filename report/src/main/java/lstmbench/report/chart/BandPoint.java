package lstmbench.report.chart;

/**
 * One x position of a line with a band over seeds: mean, minimum and maximum of the seeds' values.
 *
 * <p>Mean, min and max over {@code seeds} values at position {@code x}.
 */
public record BandPoint(double x, double mean, double min, double max, int seeds) {}
