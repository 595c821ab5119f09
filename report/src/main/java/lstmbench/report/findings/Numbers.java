package lstmbench.report.findings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How numbers are printed in findings and tables: three significant digits, no exponent for
 * everyday sizes.
 *
 * <p>Number formatting for people.
 */
public final class Numbers {
    private Numbers() {}

    /** Three significant digits; {@code "n/a"} for NaN; exponent form only below 1e-4 or from 1e7. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        double magnitude = Math.abs(value);
        if (value != 0 && (magnitude < 1e-4 || magnitude >= 1e7)) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return new BigDecimal(value)
                .round(new MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A ratio such as {@code "x1.40"}. */
    public static String ratio(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "x%.2f", value) : "n/a";
    }

    /** A whole-number percentage such as {@code "60%"}. */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.0f%%", 100 * fraction) : "n/a";
    }
}
