package lstmbench.datasets.split;

import lstmbench.datasets.DatasetException;

/**
 * Fractions of the series for training, validation and test, in that time order.
 *
 * <p>The fractions of a chronological train/validation/test split, validated on construction: each
 * part strictly positive and the three adding up to 1.
 *
 * @param train fraction for training (> 0)
 * @param validation fraction for validation (> 0)
 * @param test fraction for test (> 0)
 */
public record SplitFractions(double train, double validation, double test) {

    /** 70 / 15 / 15, the project's default. */
    public static final SplitFractions DEFAULT = new SplitFractions(0.70, 0.15, 0.15);

    private static final double TOLERANCE = 1e-9;

    public SplitFractions {
        if (!(train > 0) || !(validation > 0) || !(test > 0)) {
            throw new DatasetException("Split fractions " + describe(train, validation, test)
                    + " leave a part empty: expected train, validation and test each > 0");
        }
        double sum = train + validation + test;
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new DatasetException(
                    "Split fractions " + describe(train, validation, test) + " add up to " + sum + ": expected 1");
        }
    }

    private static String describe(double train, double validation, double test) {
        return "train " + train + ", validation " + validation + ", test " + test;
    }
}
