package lstmbench.datasets.split;

/**
 * The original split, the scaler fitted on its training part, and the three parts scaled with it.
 *
 * <p>A split together with its scaled parts and the scaler fitted on the training part only: the
 * form the evaluation protocol consumes, so no caller can fit on the wrong part by accident.
 *
 * @param original the unscaled parts
 * @param scaler fitted on {@code original.train()} only
 * @param scaled the three parts transformed by {@code scaler}
 */
public record ScaledSplit(SplitSeries original, ZScoreScaler scaler, SplitSeries scaled) {

    /** Fits the scaler on the training part and transforms all three parts with it. */
    public static ScaledSplit fitOnTraining(SplitSeries split) {
        ZScoreScaler scaler = ZScoreScaler.fit(split.train());
        return new ScaledSplit(
                split,
                scaler,
                new SplitSeries(
                        scaler.transform(split.train()),
                        scaler.transform(split.validation()),
                        scaler.transform(split.test()),
                        split.validationStart(),
                        split.testStart()));
    }
}
