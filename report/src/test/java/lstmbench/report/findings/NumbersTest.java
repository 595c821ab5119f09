package lstmbench.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Number formatting of findings and tables.
 */
class NumbersTest {
    @Test
    void everydayNumbersGetThreeSignificantDigitsWithoutExponent() {
        assertEquals("0.0123", Numbers.format(0.012345));
        assertEquals("12300", Numbers.format(12345));
        assertEquals("2", Numbers.format(2.0));
    }

    @Test
    void extremesAndNonFiniteValuesStayReadable() {
        assertEquals("1.23e-05", Numbers.format(0.0000123));
        assertEquals("n/a", Numbers.format(Double.NaN));
        assertEquals("inf", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("x1.40", Numbers.ratio(1.4));
        assertEquals("60%", Numbers.percent(0.6));
    }
}
