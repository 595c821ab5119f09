package lstmbench.datasets.split;

import lstmbench.datasets.TimeSeries;

/**
 * A series cut in time order into training, validation and test parts.
 *
 * <p>The three chronological parts of a series, with where each starts in the original, so callers
 * can say which original points a part covers (e.g. to warm state on train then run on
 * validation).
 *
 * @param train points {@code [0, validationStart)}
 * @param validation points {@code [validationStart, testStart)}
 * @param test points {@code [testStart, length)}
 * @param validationStart index of the first validation point in the original series
 * @param testStart index of the first test point in the original series
 */
public record SplitSeries(
        TimeSeries train, TimeSeries validation, TimeSeries test, int validationStart, int testStart) {

    public SplitSeries {
        if (validationStart != train.length() || testStart != validationStart + validation.length()) {
            throw new IllegalArgumentException("part offsets " + validationStart + ", " + testStart
                    + " do not match part lengths " + train.length() + ", " + validation.length());
        }
    }

    /** Total number of points in the three parts. */
    public int length() {
        return testStart + test.length();
    }
}
