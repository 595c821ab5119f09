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
 */
public record MissingValues(int count, MissingPolicy treatment, List<Integer> firstRows) {
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
  }

  /** Nothing was missing (synthetic series, complete columns). */
  public static MissingValues none() {
    return new MissingValues(0, MissingPolicy.ERROR, List.of());
  }

  /** A one-line description, e.g. {@code "2067 missing, interpolate"} or {@code "none missing"}. */
  public String describe() {
    return count == 0 ? "none missing" : count + " missing, " + SpecParameters.format(treatment);
  }
}
