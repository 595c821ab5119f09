package lstmbench.datasets.split;

import lstmbench.datasets.DatasetException;
import lstmbench.datasets.TimeSeries;

/**
 * Chronological train / validation / test split.
 *
 * <p>Cuts a series in time order into train / validation / test. Sizes: train = floor(n f_train),
 * validation = floor(n f_validation), test = the rest, so no point is lost or shared. Every part
 * must hold at least {@code minimumPartLength} points (1 by default; a forecaster with window W
 * needs at least W + 1 to form one input/target pair), otherwise the error names the part and its
 * size.
 */
public final class ChronologicalSplit {

    private ChronologicalSplit() {}

    /** Splits with the given fractions; every part must have at least one point. */
    public static SplitSeries split(TimeSeries series, SplitFractions fractions) {
        return split(series, fractions, 1);
    }

    /** Splits with the given fractions; every part must have at least {@code minimumPartLength}. */
    public static SplitSeries split(TimeSeries series, SplitFractions fractions, int minimumPartLength) {
        if (minimumPartLength < 1) {
            throw new IllegalArgumentException("minimumPartLength must be >= 1, was " + minimumPartLength);
        }
        int n = series.length();
        int trainLength = (int) Math.floor(n * fractions.train());
        int validationLength = (int) Math.floor(n * fractions.validation());
        int testLength = n - trainLength - validationLength;
        int smallest = Math.min(trainLength, Math.min(validationLength, testLength));
        if (smallest < minimumPartLength) {
            throw new DatasetException("Series '" + series.name() + "' has " + n + " points, too short for a "
                    + percent(fractions.train()) + "/" + percent(fractions.validation()) + "/"
                    + percent(fractions.test()) + " split: the parts would have " + trainLength
                    + " (train), " + validationLength + " (validation) and " + testLength
                    + " (test) points; expected at least " + minimumPartLength + " in each"
                    + (minimumPartLength > 1 ? " (window plus one target)" : "")
                    + ", so at least about "
                    + (long) Math.ceil(minimumPartLength
                            / Math.min(fractions.train(), Math.min(fractions.validation(), fractions.test())))
                    + " points");
        }
        int testStart = trainLength + validationLength;
        return new SplitSeries(
                series.slice(0, trainLength, "train"),
                series.slice(trainLength, testStart, "validation"),
                series.slice(testStart, n, "test"),
                trainLength,
                testStart);
    }

    private static String percent(double fraction) {
        return String.valueOf(Math.round(fraction * 1000) / 10.0).replaceAll("\\.0$", "");
    }
}
