package lstmbench.datasets;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One univariate time series.
 *
 * <p>The value every other module receives: one univariate series with its name, optional time
 * labels, where it came from, and what was missing in the source. Immutable: arrays are copied in
 * and out.
 *
 * @param name short name, e.g. {@code pollution-temp} or {@code seasonal-ar}
 * @param values the observations in time order (copied; never contains NaN or infinities)
 * @param timestamps the time column's text for each value, as in the source file; empty when the
 *     source had no time column
 * @param description where the series came from (file and column, or generator and parameters)
 * @param missing what was missing in the source and how it was treated
 */
public record TimeSeries(
        String name, double[] values, List<String> timestamps, String description, MissingValues missing) {

    public TimeSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(missing, "missing");
        values = values.clone();
        timestamps = List.copyOf(timestamps);
        if (!timestamps.isEmpty() && timestamps.size() != values.length) {
            throw new IllegalArgumentException(
                    "timestamps has " + timestamps.size() + " entries but values has " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        "series '" + name + "' value " + i + " is " + values[i] + ": expected a finite number");
            }
        }
    }

    /** A series without time labels and with nothing missing (synthetic data, derived series). */
    public static TimeSeries of(String name, double[] values, String description) {
        return new TimeSeries(name, values, List.of(), description, MissingValues.none());
    }

    /** A copy of the values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    /** The value at position {@code index} (0-based), without copying the array. */
    public double value(int index) {
        return values[index];
    }

    public boolean hasTimestamps() {
        return !timestamps.isEmpty();
    }

    /**
     * The part {@code [from, to)} as its own series, named {@code name + "/" + part}; time labels are
     * kept and the missing-value record is carried over unchanged (it describes the source).
     */
    public TimeSeries slice(int from, int to, String part) {
        Objects.checkFromToIndex(from, to, values.length);
        List<String> labels = timestamps.isEmpty() ? List.of() : timestamps.subList(from, to);
        return new TimeSeries(
                name + "/" + part,
                Arrays.copyOfRange(values, from, to),
                labels,
                description + " [" + part + ": points " + from + ".." + (to - 1) + "]",
                missing);
    }

    /** The same series with other values of the same length (e.g. scaled), keeping labels. */
    public TimeSeries withValues(double[] newValues, String note) {
        if (newValues.length != values.length) {
            throw new IllegalArgumentException(
                    "new values have length " + newValues.length + ", expected " + values.length);
        }
        return new TimeSeries(name, newValues, timestamps, description + " [" + note + "]", missing);
    }

    /** Throws a {@link DatasetException} naming this series and the purpose if it is too short. */
    public void requireLength(int minimum, String purpose) {
        if (values.length < minimum) {
            throw new DatasetException("Series '" + name + "' has " + values.length + " points but " + purpose
                    + " needs at least " + minimum + " (" + description + ")");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeSeries that
                && name.equals(that.name)
                && Arrays.equals(values, that.values)
                && timestamps.equals(that.timestamps)
                && description.equals(that.description)
                && missing.equals(that.missing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(values), timestamps, description, missing);
    }

    @Override
    public String toString() {
        return "TimeSeries[name=" + name + ", length=" + values.length + ", timestamps="
                + (timestamps.isEmpty() ? "none" : timestamps.get(0) + ".." + timestamps.get(timestamps.size() - 1))
                + ", description=" + description + ", missing=" + missing.describe() + "]";
    }
}
