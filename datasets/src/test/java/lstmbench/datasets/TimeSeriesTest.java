package lstmbench.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TimeSeries is a value: arrays are copied in and out, equality is by content, labels must match
 * the values, non-finite values are refused, and a too-short series says who needed how many.
 */
class TimeSeriesTest {

    @Test
    void valuesAreCopiedInAndOut() {
        double[] values = {1, 2, 3};
        TimeSeries series = TimeSeries.of("s", values, "test");
        values[0] = 99;
        series.values()[1] = 99;
        assertEquals(1, series.value(0));
        assertEquals(2, series.value(1));
    }

    @Test
    void equalityIsByContent() {
        assertEquals(TimeSeries.of("s", new double[] {1, 2}, "d"), TimeSeries.of("s", new double[] {1, 2}, "d"));
        assertEquals(
                TimeSeries.of("s", new double[] {1, 2}, "d").hashCode(),
                TimeSeries.of("s", new double[] {1, 2}, "d").hashCode());
    }

    @Test
    void timestampsMustMatchTheValues() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new TimeSeries("s", new double[] {1, 2}, List.of("a"), "d", MissingValues.none()));
    }

    @Test
    void nonFiniteValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimeSeries.of("s", new double[] {1, Double.NaN}, "d"));
    }

    @Test
    void sliceKeepsLabelsAndNamesThePart() {
        TimeSeries series =
                new TimeSeries("s", new double[] {1, 2, 3}, List.of("a", "b", "c"), "d", MissingValues.none());
        TimeSeries tail = series.slice(1, 3, "test");
        assertEquals("s/test", tail.name());
        assertEquals(List.of("b", "c"), tail.timestamps());
        assertEquals(2, tail.value(0));
    }

    @Test
    void tooShortSeriesNamesTheSeriesAndThePurpose() {
        DatasetException error = assertThrows(
                DatasetException.class,
                () -> TimeSeries.of("tiny", new double[] {1, 2}, "d")
                        .requireLength(65, "a window of 64 plus a target"));
        assertTrue(
                error.getMessage().contains("'tiny' has 2 points but a window of 64 plus a target needs at least 65"),
                error.getMessage());
    }
}
