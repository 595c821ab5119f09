package lstmbench.datasets.split;

import lstmbench.datasets.DatasetException;
import lstmbench.datasets.TimeSeries;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Affine scaling {@code z = (x - mean) / std}.
 *
 * <p>Z-score scaling fitted on the training part only:
 *
 * <pre>
 * z = (x - m) / s,   x = m + s z,
 * </pre>
 *
 * with m the mean and s the population standard deviation (denominator n) of the training values,
 * as in scikit-learn's StandardScaler. Validation and test are transformed with the training m
 * and s and never contribute to them. MSEs convert between scales by s^2.
 *
 * @param mean the training mean
 * @param std the training population standard deviation (> 0)
 */
public record ZScoreScaler(double mean, double std) {

    public ZScoreScaler {
        if (!Double.isFinite(mean) || !(std > 0) || !Double.isFinite(std)) {
            throw new DatasetException("Cannot scale with mean " + mean + " and standard deviation " + std
                    + ": expected a finite mean and a positive finite standard deviation");
        }
    }

    /** Fits on the given (training) series; a constant series cannot be scaled. */
    public static ZScoreScaler fit(TimeSeries train) {
        train.requireLength(1, "fitting a scaler");
        double[] x = train.values();
        double mean = StatUtils.mean(x);
        double std = Math.sqrt(StatUtils.populationVariance(x, mean));
        if (!(std > 0)) {
            throw new DatasetException("Series '" + train.name() + "' is constant (every value " + mean
                    + "): expected a non-zero standard deviation to fit a z-score scaler");
        }
        return new ZScoreScaler(mean, std);
    }

    public double transform(double x) {
        return (x - mean) / std;
    }

    public double inverse(double z) {
        return mean + std * z;
    }

    public double[] transform(double[] x) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = transform(x[i]);
        }
        return z;
    }

    public double[] inverse(double[] z) {
        double[] x = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            x[i] = inverse(z[i]);
        }
        return x;
    }

    /** The series with scaled values (same name, labels and missing record). */
    public TimeSeries transform(TimeSeries series) {
        return series.withValues(transform(series.values()), "z-scored with train mean " + mean + ", std " + std);
    }

    /** An MSE on the original scale expressed on the scaled one: mse / std^2. */
    public double toScaledMse(double originalMse) {
        return originalMse / (std * std);
    }

    /** An MSE on the scaled scale expressed on the original one: mse * std^2. */
    public double toOriginalMse(double scaledMse) {
        return scaledMse * std * std;
    }
}
