package lstmbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Min/max-per-column decimation: bounded output, x order, the extremes and the ends kept, short
 * lines left alone, bad input refused.
 */
class DecimationTest {
    private static final int COLUMNS = 860;
    private static final int MILLION = 1_000_000;

    /** A noisy sine over 0..n-1 with one spike up and one down, away from the column ends. */
    private static double[][] noisy(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 5_000.0) + 0.1 * random.nextGaussian();
        }
        y[n / 3 + 17] = 25;
        y[2 * n / 3 + 5] = -30;
        return new double[][] {x, y};
    }

    @Test
    void aMillionPointsShrinkToAtMostFourPerColumnInXOrder() {
        double[][] line = noisy(MILLION, 1);

        Decimation.Line decimated = Decimation.of(line[0], line[1], COLUMNS);

        assertTrue(decimated.size() <= Decimation.POINTS_PER_COLUMN * COLUMNS, "kept " + decimated.size());
        assertTrue(decimated.size() >= 2 * COLUMNS, "kept " + decimated.size());
        double[] x = decimated.x();
        for (int i = 1; i < x.length; i++) {
            assertTrue(x[i] > x[i - 1], "x at " + i + ": " + x[i - 1] + " then " + x[i]);
        }
    }

    @Test
    void theGlobalExtremesAndBothEndsSurvive() {
        double[][] line = noisy(MILLION, 2);

        Decimation.Line decimated = Decimation.of(line[0], line[1], COLUMNS);

        double[] x = decimated.x();
        double[] y = decimated.y();
        assertEquals(0.0, x[0]);
        assertEquals(line[1][0], y[0]);
        assertEquals(MILLION - 1.0, x[x.length - 1]);
        assertEquals(line[1][MILLION - 1], y[y.length - 1]);
        assertEquals(25.0, Arrays.stream(y).max().orElseThrow());
        assertEquals(-30.0, Arrays.stream(y).min().orElseThrow());
        assertTrue(Arrays.binarySearch(x, MILLION / 3 + 17) >= 0, "the spike's position is kept");
        assertTrue(Arrays.binarySearch(x, 2 * MILLION / 3 + 5) >= 0, "the dip's position is kept");
    }

    @Test
    void everyColumnKeepsItsOwnMinimumMaximumFirstAndLastPoint() {
        int n = 100_000;
        int columns = 50;
        double[][] line = noisy(n, 3);

        Decimation.Line decimated = Decimation.of(line[0], line[1], columns);

        double[] x = decimated.x();
        double[] y = decimated.y();
        int width = n / columns;
        for (int c = 0; c < columns; c++) {
            int from = c * width;
            int to = from + width;
            double[] all = Arrays.copyOfRange(line[1], from, to);
            int first = Arrays.binarySearch(x, from);
            int last = Arrays.binarySearch(x, to - 1);
            assertTrue(first >= 0 && last >= 0, "column " + c + " keeps its first and last point");
            double[] kept = Arrays.copyOfRange(y, first, last + 1);
            assertTrue(kept.length <= Decimation.POINTS_PER_COLUMN, "column " + c);
            assertEquals(
                    Arrays.stream(all).min().orElseThrow(),
                    Arrays.stream(kept).min().orElseThrow());
            assertEquals(
                    Arrays.stream(all).max().orElseThrow(),
                    Arrays.stream(kept).max().orElseThrow());
        }
    }

    @Test
    void aLineOfFewerThanTwoPointsPerColumnIsReturnedUnchanged() {
        double[][] line = noisy(2 * COLUMNS - 1, 4);

        Decimation.Line decimated = Decimation.of(line[0], line[1], COLUMNS);

        assertArrayEquals(line[0], decimated.x());
        assertArrayEquals(line[1], decimated.y());
        assertEquals(0, Decimation.of(new double[0], new double[0], COLUMNS).size());
    }

    @Test
    void aLineOverPartOfTheAxisGetsAtMostFourPointsPerColumnItSpans() {
        double[][] line = noisy(MILLION, 5);
        double[] x = Arrays.copyOfRange(line[0], 900_000, MILLION);
        double[] y = Arrays.copyOfRange(line[1], 900_000, MILLION);

        Decimation.Line tail = Decimation.of(x, y, COLUMNS, 0, MILLION - 1);

        int spanned = COLUMNS - (int) (900_000.0 * COLUMNS / (MILLION - 1));
        assertTrue(tail.size() <= Decimation.POINTS_PER_COLUMN * spanned, tail.size() + " for " + spanned);
        double[] dense = Arrays.copyOfRange(line[0], 900_000, 900_500);
        assertTrue(
                Decimation.of(dense, dense, COLUMNS, 0, MILLION - 1).size() <= Decimation.POINTS_PER_COLUMN,
                "500 points within one column");
        double[] sparse = new double[150];
        Arrays.setAll(sparse, i -> 900_000 + 600.0 * i);
        assertArrayEquals(
                sparse,
                Decimation.of(sparse, sparse, COLUMNS, 0, MILLION - 1).x(),
                "150 points over 77 columns: fewer than two per column");
    }

    @Test
    void aNaNValueIsNeverAColumnsMinimumOrMaximum() {
        int n = 10_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i % 100 == 0 ? Double.NaN : Math.cos(i);
        }
        y[250] = 7;

        Decimation.Line decimated = Decimation.of(x, y, 10);

        double[] kept = decimated.y();
        assertTrue(Arrays.stream(kept).anyMatch(v -> v == 7));
        assertTrue(
                Arrays.stream(kept).filter(Double::isNaN).count() <= 2 * 10,
                "NaN only as a column's first or last point");
    }

    @Test
    void equalXsAreOneColumn() {
        double[] x = new double[1_000];
        double[] y = new double[1_000];
        for (int i = 0; i < y.length; i++) {
            x[i] = 3;
            y[i] = i % 7;
        }

        Decimation.Line decimated = Decimation.of(x, y, 4, 0, 10);

        assertArrayEquals(new double[] {0, 6, 5}, decimated.y(), "first, maximum and last; the minimum is the first");
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        IllegalArgumentException unsorted = assertThrows(
                IllegalArgumentException.class,
                () -> Decimation.of(new double[] {0, 2, 1}, new double[] {0, 0, 0}, 10));
        assertTrue(unsorted.getMessage().contains("x[2] = 1.0 follows x[1] = 2.0"), unsorted.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Decimation.of(new double[] {0, 1}, new double[] {0}, 10));
        assertThrows(IllegalArgumentException.class, () -> Decimation.of(new double[] {0, 1}, new double[] {0, 1}, 0));
        IllegalArgumentException outside = assertThrows(
                IllegalArgumentException.class,
                () -> Decimation.of(new double[] {0, 11}, new double[] {0, 1}, 10, 0, 10));
        assertTrue(outside.getMessage().contains("to x[1] = 11.0"), outside.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Decimation.of(new double[] {0, Double.NaN}, new double[] {0, 1}, 10));
    }

    @Test
    void aLineIsAValueItsCallerCannotChange() {
        double[] x = {0, 1, 2};
        double[] y = {5, 6, 7};
        Decimation.Line line = Decimation.of(x, y, 10);

        x[0] = 99;
        line.y()[0] = 99;

        assertEquals(new Decimation.Line(new double[] {0, 1, 2}, new double[] {5, 6, 7}), line);
        assertFalse(line.equals(new Decimation.Line(new double[] {0, 1, 2}, new double[] {5, 6, 8})));
    }
}
