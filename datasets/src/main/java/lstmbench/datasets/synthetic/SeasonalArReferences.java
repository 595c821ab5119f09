package lstmbench.datasets.synthetic;

/**
 * Best achievable one-step mean squared errors for {@code s_t = phi s_{t-L} + sigma e_t}.
 *
 * <p>The reference errors of the seasonal-AR memory probe, derived exactly from its parameters so
 * that no caller has to guess them. See SeasonalAr for the derivation.
 *
 * @param noiseFloorMse sigma^2: the error of the optimal forecast phi s_{t-L}, for a model that
 *     can see L steps back
 * @param withoutLagMse sigma^2 / (1 - phi^2): the stationary variance, the error of the best
 *     forecast (the mean, 0) for a model that sees fewer than L steps back
 * @param explainedByLag phi^2 = 1 - noiseFloorMse / withoutLagMse: the fraction of the variance
 *     that seeing the lag explains
 */
public record SeasonalArReferences(double noiseFloorMse, double withoutLagMse, double explainedByLag) {

    /**
     * The noise floor in the units of a series z-scored with its stationary standard deviation:
     * {@code 1 - phi^2}. After {@code ZScoreScaler} (which uses the training part's sample standard
     * deviation) use {@code scaler.toScaledMse(noiseFloorMse())} for the exact value of that run.
     */
    public double standardizedNoiseFloorMse() {
        return noiseFloorMse / withoutLagMse;
    }

    /** The without-lag error in stationary-standardized units: 1. */
    public double standardizedWithoutLagMse() {
        return 1.0;
    }
}
