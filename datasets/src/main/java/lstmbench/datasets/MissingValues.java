package lstmbench.datasets;

import java.util.List;
import lstmbench.datasets.specstring.SpecParameters;

/**
 * Missing values found while loading a series.
 *
 * <p>The record of what was missing in a loaded series and how it was treated, so a report can say
 * "pm2.5: 2,067 missing values, interpolated" instead of hiding it.
 *
 * @param count how many values were missing in the source column
 * @param treatment the policy that was applied to them
 * @param firstRows the 1-based data-row numbers (header not counted) of the first few missing
 *     values, at most {@link #MAX_ROWS_KEPT}
 * @param filledIndices the 0-based positions, in the series as loaded, of every value the policy
 *     filled in rather than read (all missing values under {@code interpolate}; none under {@code
 *     error} or {@code drop}), ascending. A slice keeps the record of the whole series, so these are
 *     positions in the series before any split. Forecasts of these points are not scored.
 */
public record MissingValues(int count, MissingPolicy treatment, List<Integer> firstRows, List<Integer> filledIndices) {
    /** How many row numbers are kept in {@link #firstRows()}. */
    public static final int MAX_ROWS_KEPT = 10;

    public MissingValues {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        firstRows = List.copyOf(firstRows);
        if (firstRows.size() > Math.min(count, MAX_ROWS_KEPT)) {
            throw new IllegalArgumentException("firstRows holds more rows than were missing");
        }
        filledIndices = List.copyOf(filledIndices);
        if (filledIndices.size() > count) {
            throw new IllegalArgumentException(
                    filledIndices.size() + " filled-in values but only " + count + " were missing");
        }
        for (int i = 0; i < filledIndices.size(); i++) {
            if (filledIndices.get(i) < 0 || (i > 0 && filledIndices.get(i) <= filledIndices.get(i - 1))) {
                throw new IllegalArgumentException(
                        "filled-in positions must be ascending and >= 0, got " + filledIndices);
            }
        }
    }

    /** A record of values that were missing but of which none was filled in (error, drop). */
    public MissingValues(int count, MissingPolicy treatment, List<Integer> firstRows) {
        this(count, treatment, firstRows, List.of());
    }

    /** Nothing was missing (synthetic series, complete columns). */
    public static MissingValues none() {
        return new MissingValues(0, MissingPolicy.ERROR, List.of());
    }

    /**
     * mask[i] is true when position i of a series of {@code length} points was filled in; positions
     * at or beyond {@code length} are refused.
     */
    public boolean[] filledMask(int length) {
        boolean[] mask = new boolean[length];
        for (int i : filledIndices) {
            if (i >= length) {
                throw new IllegalArgumentException(
                        "filled-in position " + i + " lies outside a series of " + length + " points");
            }
            mask[i] = true;
        }
        return mask;
    }

    /** A one-line description, e.g. {@code "2067 missing, interpolate"} or {@code "none missing"}. */
    public String describe() {
        return count == 0 ? "none missing" : count + " missing, " + SpecParameters.format(treatment);
    }
}
