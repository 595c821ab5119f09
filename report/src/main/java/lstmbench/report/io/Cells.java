package lstmbench.report.io;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Canonical text for CSV cells, so every results file spells numbers and absences the same way.
 *
 * <p>Cell formatting shared by every schema: doubles as {@link Double#toString} (exact round trip,
 * {@code NaN} and {@code Infinity} spelled out), absent values as an empty cell, enums by name.
 */
public final class Cells {
    private Cells() {}

    public static String number(double value) {
        return Double.toString(value);
    }

    public static String integer(long value) {
        return Long.toString(value);
    }

    public static String flag(boolean value) {
        return Boolean.toString(value);
    }

    public static String name(Enum<?> value) {
        return value.name();
    }

    public static String optional(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }

    public static <T> String optional(Optional<T> value, Function<T, Double> part) {
        return value.map(present -> number(part.apply(present))).orElse("");
    }
}
