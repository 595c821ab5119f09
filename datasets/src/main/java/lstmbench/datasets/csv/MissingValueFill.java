package lstmbench.datasets.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.MissingValues;

/**
 * Fills or drops NaN-marked missing values according to a {@link MissingPolicy}.
 *
 * <p>Applies a missing-value policy to a column read with NaN marking the missing cells.
 * Interpolation: for a gap between present values x_a (row a) and x_b (row b), row a &lt; i &lt; b
 * gets x_i = x_a + (x_b - x_a) * (i - a) / (b - a); a gap before the first or after the last
 * present value takes that value (nearest-value extrapolation).
 */
final class MissingValueFill {

    /** The treated values, the time labels kept beside them, and the record of what was missing. */
    record Filled(double[] values, List<String> timestamps, MissingValues missing) {}

    private MissingValueFill() {}

    /**
     * @param raw values with {@code NaN} where the cell was missing
     * @param timestamps time labels, same length as {@code raw}, or empty
     * @param where "file X, column Y" for messages
     */
    static Filled apply(double[] raw, List<String> timestamps, MissingPolicy policy, String where) {
        int[] missingRows =
                IntStream.range(0, raw.length).filter(i -> Double.isNaN(raw[i])).toArray();
        int count = missingRows.length;
        List<Integer> firstRows = IntStream.of(missingRows)
                .limit(MissingValues.MAX_ROWS_KEPT)
                .mapToObj(i -> i + 1)
                .toList();
        MissingValues record = new MissingValues(count, policy, firstRows);
        if (count == 0) {
            return new Filled(raw.clone(), timestamps, new MissingValues(0, policy, List.of()));
        }
        if (count == raw.length) {
            throw new DatasetException("All " + count + " values of " + where
                    + " are missing (empty, NA or NaN): expected at" + " least one number");
        }
        return switch (policy) {
            case ERROR ->
                throw new DatasetException(where + " has " + count + " missing value" + (count == 1 ? "" : "s")
                        + " (empty, NA or NaN) at data row" + (count == 1 ? " " : "s ")
                        + firstRows.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + (count > firstRows.size() ? ", ..." : "")
                        + " (row 1 is the first line after the header); expected none under missing=error."
                        + " Use missing=drop or missing=interpolate to accept them.");
            case DROP -> drop(raw, timestamps, record);
            case INTERPOLATE ->
                new Filled(
                        interpolate(raw),
                        timestamps,
                        new MissingValues(
                                count,
                                policy,
                                firstRows,
                                IntStream.of(missingRows).boxed().toList()));
        };
    }

    private static Filled drop(double[] raw, List<String> timestamps, MissingValues record) {
        double[] kept = new double[raw.length - record.count()];
        List<String> keptLabels = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isNaN(raw[i])) {
                kept[k++] = raw[i];
                if (!timestamps.isEmpty()) {
                    keptLabels.add(timestamps.get(i));
                }
            }
        }
        return new Filled(kept, keptLabels, record);
    }

    static double[] interpolate(double[] raw) {
        double[] out = raw.clone();
        int previous = -1;
        for (int i = 0; i <= out.length; i++) {
            if (i < out.length && Double.isNaN(out[i])) {
                continue;
            }
            int gapStart = previous + 1;
            for (int j = gapStart; j < i; j++) {
                if (previous < 0) {
                    out[j] = out[i];
                } else if (i == out.length) {
                    out[j] = out[previous];
                } else {
                    out[j] = out[previous] + (out[i] - out[previous]) * (j - previous) / (double) (i - previous);
                }
            }
            previous = i;
        }
        return out;
    }
}
