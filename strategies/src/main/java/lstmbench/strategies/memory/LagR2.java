package lstmbench.strategies.memory;

import lstmbench.datasets.split.ZScoreScaler;
import lstmbench.datasets.synthetic.SeasonalAr;
import lstmbench.datasets.synthetic.SeasonalArReferences;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.evaluation.Part;
import lstmbench.strategies.evaluation.PartErrors;
import lstmbench.strategies.selection.ChosenRun;

/**
 * The lag probe's score: test R^2 relative to what is achievable on a seasonal AR series
 * s_t = phi s_{t-L} + sigma e_t (datasets' SeasonalAr), with both references exact from the
 * generator rather than estimated:
 *
 * <pre>
 * R^2 = (MSE_without_lag - MSE_model) / (MSE_without_lag - MSE_noise_floor)
 * MSE_without_lag = sigma^2 / (1 - phi^2)  (the best a model blind to s_{t-L} can do: the mean)
 * MSE_noise_floor = sigma^2                (the optimal forecast phi s_{t-L})
 * </pre>
 *
 * so 0 means the model uses nothing of the lag, 1 means it forecasts as well as the process allows.
 * Units: the references are on the generator's (original) scale, so MSE_model must be the
 * ORIGINAL-scale MSE (ForecastErrors.mseOriginal). A scaled MSE is converted first:
 * MSE_original = MSE_scaled * std^2 (ZScoreScaler.toOriginalMse); the ratio is the same either way
 * because numerator and denominator scale alike. Values outside [0, 1] are kept, not clipped: a
 * finite test part makes the empirical MSE scatter around the population references, and a model
 * worse than the mean is below 0.
 *
 * <p>Which references: the formula takes any pair. The population values (SeasonalAr.references())
 * are exact in expectation, but the test part is short next to the process's memory: a chain
 * s_r, s_{r+L}, ... with phi = 0.9 has about (1 - phi) / (1 + phi) = 5% as many independent values
 * as points, so the test part's own mean square wanders around sigma^2 / (1 - phi^2) by tens of
 * percent and R^2 with it (measured: +-0.4 at L = 16 on 600 test points). The probe therefore
 * scores the generator's two exact forecasters on the same test targets and uses their MSEs as
 * the references (onTargets): the process mean 0, the best forecast blind to the lag, and
 * phi s_{t-L}, the optimal one. Their expectations are exactly the population references, and the
 * sample's fluctuation cancels between model and references.
 *
 * <p>Per trained model the probe reports the R^2 of the checkpoint the learning-rate search chose,
 * in the evaluation mode it was chosen in (ofChosen): the mode is picked on validation with the
 * learning rate and the epoch, never on test. A sliding-window model run streaming drifts far from
 * anything it saw in training (measured: W = 2 at L = 2 scores R^2 0.97 windowed but -0.7 .. -13
 * streaming), and validation picks windowed for it; carried-state models read lags longer than
 * their window only when streaming, and validation picks streaming where that helps. The other
 * mode's error stays in runs.csv (the reset penalty: windowed / streaming test MSE).
 */
public final class LagR2 {
    private LagR2() {}

    /** R^2 of an original-scale test MSE against the generator's original-scale references. */
    public static double of(double originalMse, SeasonalArReferences references) {
        double gap = references.withoutLagMse() - references.noiseFloorMse();
        if (!(gap > 0)) {
            throw new IllegalArgumentException("the lag explains nothing (phi = 0): without-lag MSE "
                    + references.withoutLagMse() + ", noise floor " + references.noiseFloorMse());
        }
        return (references.withoutLagMse() - originalMse) / gap;
    }

    /** R^2 of a scaled test MSE: converted to the original scale with the run's training-part scaler first. */
    public static double ofScaled(double scaledMse, ZScoreScaler scaler, SeasonalArReferences references) {
        return of(scaler.toOriginalMse(scaledMse), references);
    }

    /** R^2 of a part's errors in one evaluation mode (original-scale MSE). */
    public static double inMode(PartErrors errors, EvaluationMode mode, SeasonalArReferences references) {
        return of(errors.in(mode).mseOriginal(), references);
    }

    /** R^2 of the chosen checkpoint's test errors in the mode it was chosen in on validation. */
    public static double ofChosen(ChosenRun chosen, SeasonalArReferences references) {
        return inMode(chosen.test(), chosen.checkpoint().mode(), references);
    }

    /**
     * The generator's exact forecasters scored on the part's targets (original scale; the same
     * targets as the model, so filled-in points are left out): noise floor
     * = mean (s_t - phi s_{t-L})^2, without lag = mean s_t^2 (the process mean is 0).
     */
    public static SeasonalArReferences onTargets(SeasonalAr process, ForecastData data, Part part) {
        int from = data.partFrom(part), to = data.partTo(part), lag = process.lag();
        if (from < lag) {
            throw new IllegalArgumentException(
                    "the part starts at " + from + ", before the lag " + lag + " is visible");
        }
        double blind = 0, floor = 0;
        int n = 0;
        for (int t = from; t < to; t++) {
            if (data.filled(t)) {
                continue;
            }
            n++;
            double s = data.original(t), e = s - process.phi() * data.original(t - lag);
            blind += s * s;
            floor += e * e;
        }
        return new SeasonalArReferences(floor / n, blind / n, 1 - floor / blind);
    }
}
