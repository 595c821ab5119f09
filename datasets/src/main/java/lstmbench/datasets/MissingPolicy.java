package lstmbench.datasets;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How missing values in a loaded column are treated.
 *
 * <p>What to do with missing cells (empty, NA, NaN) in a value column: refuse, drop the rows, or
 * fill them by linear interpolation between the nearest present neighbours.
 */
public enum MissingPolicy {
  /** Missing values are an error (the default): the message counts them and names the first rows. */
  ERROR("error"),
  /** Rows with a missing value are removed; the series gets shorter and loses equal spacing. */
  DROP("drop"),
  /**
   * Missing values are filled by linear interpolation between the nearest present values before and
   * after; a gap at the start or end takes the nearest present value.
   */
  INTERPOLATE("interpolate");

  private final String text;

  MissingPolicy(String text) {
    this.text = text;
  }

  /** The spelling used in specification strings, e.g. {@code missing=interpolate}. */
  public String text() {
    return text;
  }

  /** Parses {@code error}, {@code drop} or {@code interpolate}; anything else is an error. */
  public static MissingPolicy parse(String text) {
    for (MissingPolicy policy : values()) {
      if (policy.text.equals(text.trim().toLowerCase(Locale.ROOT))) {
        return policy;
      }
    }
    throw new DatasetException(
        "Unknown missing-value policy '" + text + "': expected one of "
            + Arrays.stream(values()).map(MissingPolicy::text).collect(Collectors.joining(", ")));
  }
}
