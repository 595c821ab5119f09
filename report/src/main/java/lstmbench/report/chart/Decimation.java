package lstmbench.report.chart;

import java.util.Arrays;

/**
 * Min/max-per-pixel-column decimation of a line: what a chart draws of a long series, in one linear
 * scan.
 *
 * <p>The x range is cut into {@code columns} equal columns (the chart's width in pixels); for every
 * column the points falling in it are replaced by at most four of them, in x order: the first, the
 * one with the smallest y, the one with the largest y and the last. A line through the kept points
 * covers the same pixels' vertical extent in every column as the line through all of them and joins
 * the neighbouring columns at the same points, so spikes and the line's shape survive, unlike taking
 * every n-th point. The result has at most {@link #POINTS_PER_COLUMN} points per column; an input of
 * fewer than two points per column is returned unchanged. One pass over the input, no sorting.
 *
 * <p>The input must be sorted by x (non-decreasing, equal x allowed) with finite x; a NaN y is kept
 * only as a column's first or last point, never as its minimum or maximum.
 */
public final class Decimation {
    /** Most points kept per pixel column: first, minimum, maximum and last. */
    public static final int POINTS_PER_COLUMN = 4;

    private Decimation() {}

    /**
     * A line's points, x sorted; the arrays are copied in and out, so a line never changes.
     *
     * @param x positions, non-decreasing
     * @param y values, {@code y[i]} at {@code x[i]}
     */
    public record Line(double[] x, double[] y) {
        public Line {
            if (x.length != y.length) {
                throw new IllegalArgumentException(
                        "x and y must have the same length, got " + x.length + " and " + y.length);
            }
            x = x.clone();
            y = y.clone();
        }

        /** A copy of the positions. */
        @Override
        public double[] x() {
            return x.clone();
        }

        /** A copy of the values. */
        @Override
        public double[] y() {
            return y.clone();
        }

        /** Number of points. */
        public int size() {
            return x.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Line line && Arrays.equals(x, line.x) && Arrays.equals(y, line.y);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
        }

        @Override
        public String toString() {
            return "Line[" + x.length + " points]";
        }
    }

    /**
     * The line decimated to {@code columns} columns spanning its own x range (first to last x);
     * unchanged when it has fewer than {@code 2 * columns} points.
     *
     * @throws IllegalArgumentException when the arrays differ in length, {@code columns} is not
     *     positive, or x is not sorted and finite
     */
    public static Line of(double[] x, double[] y, int columns) {
        double from = x.length == 0 ? 0 : x[0];
        double to = x.length == 0 ? 0 : x[x.length - 1];
        validate(x, y, columns, from, to);
        return line(x, y, kept(x, y, columns, from, to, 2 * columns));
    }

    /**
     * The line decimated to {@code columns} columns spanning {@code from} to {@code to}, the chart's
     * whole x axis, so that lines drawn over part of it (one split of a series) share the chart's
     * pixel columns; every x must lie in that range. Unchanged when it has fewer than twice as many
     * points as the columns it spans (from its first x's column to its last x's), so a line over part
     * of the axis never gets more than {@link #POINTS_PER_COLUMN} points per column it spans.
     *
     * @throws IllegalArgumentException when the arrays differ in length, {@code columns} is not
     *     positive, the range is not finite and ordered, or x is not sorted, finite and in the range
     */
    public static Line of(double[] x, double[] y, int columns, double from, double to) {
        validate(x, y, columns, from, to);
        double scale = scale(columns, from, to);
        int spanned = x.length == 0
                ? 0
                : column(x[x.length - 1], from, scale, columns) - column(x[0], from, scale, columns) + 1;
        return line(x, y, kept(x, y, columns, from, to, 2 * spanned));
    }

    private static Line line(double[] x, double[] y, int[] kept) {
        if (kept.length == x.length) {
            return new Line(x, y);
        }
        double[] keptX = new double[kept.length];
        double[] keptY = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            keptX[i] = x[kept[i]];
            keptY[i] = y[kept[i]];
        }
        return new Line(keptX, keptY);
    }

    /**
     * Indices of the points kept, increasing, in one pass over validated input; all indices when
     * there are fewer than {@code threshold} points.
     */
    private static int[] kept(double[] x, double[] y, int columns, double from, double to, int threshold) {
        int n = x.length;
        if (n < threshold || n == 0) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        double scale = scale(columns, from, to);
        int[] kept = new int[Math.min(n, POINTS_PER_COLUMN * columns)];
        int size = 0;
        int column = column(x[0], from, scale, columns);
        int first = 0;
        int min = 0;
        int max = 0;
        for (int i = 1; i < n; i++) {
            int c = column(x[i], from, scale, columns);
            if (c != column) {
                size = emit(kept, size, first, min, max, i - 1);
                column = c;
                first = i;
                min = i;
                max = i;
            } else {
                if (below(y[i], y[min])) {
                    min = i;
                }
                if (above(y[i], y[max])) {
                    max = i;
                }
            }
        }
        size = emit(kept, size, first, min, max, n - 1);
        return Arrays.copyOf(kept, size);
    }

    /** Columns per unit of x; 0 for an empty range, which puts every point in column 0. */
    private static double scale(int columns, double from, double to) {
        return to > from ? columns / (to - from) : 0;
    }

    /** Whether {@code a} is a number below {@code b}; every number is below NaN (a column's NaN start). */
    private static boolean below(double a, double b) {
        return !Double.isNaN(a) && (Double.isNaN(b) || a < b);
    }

    /** Whether {@code a} is a number above {@code b}; every number is above NaN (a column's NaN start). */
    private static boolean above(double a, double b) {
        return !Double.isNaN(a) && (Double.isNaN(b) || a > b);
    }

    private static int column(double x, double from, double scale, int columns) {
        return Math.min(columns - 1, (int) ((x - from) * scale));
    }

    /** Appends the column's distinct kept indices in increasing order; returns the new size. */
    private static int emit(int[] kept, int size, int first, int min, int max, int last) {
        int low = Math.min(min, max);
        int high = Math.max(min, max);
        int previous = -1;
        for (int index : new int[] {first, low, high, last}) {
            if (index != previous) {
                kept[size++] = index;
                previous = index;
            }
        }
        return size;
    }

    private static void validate(double[] x, double[] y, int columns, double from, double to) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "x and y must have the same length, got " + x.length + " and " + y.length);
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        if (!Double.isFinite(from) || !Double.isFinite(to) || from > to) {
            throw new IllegalArgumentException("x range must be finite with from <= to, got " + from + " to " + to);
        }
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] >= x[i - 1])) {
                throw new IllegalArgumentException(
                        "x must be sorted, but x[" + i + "] = " + x[i] + " follows x[" + (i - 1) + "] = " + x[i - 1]);
            }
        }
        int last = x.length - 1;
        if (x.length > 0 && !(x[0] >= from && x[last] <= to)) {
            throw new IllegalArgumentException("x must lie in the range " + from + " to " + to
                    + ", but runs from x[0] = " + x[0] + " to x[" + last + "] = " + x[last]);
        }
    }
}
