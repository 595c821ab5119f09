package lstmbench.strategies.evaluation;

/**
 * Errors of one set of next-step forecasts against the actual values:
 *
 * <pre>
 * MSE = mean (y - yhat)^2,  MAE = mean |y - yhat|, on the original scale and on the scaled one
 * (z = (y - m) / s, so MSE_scaled = MSE_original / s^2, MAE_scaled = MAE_original / s);
 * MASE = MAE_original / naiveMae, naiveMae the in-sample one-step naive MAE on the training part
 * (Hyndman &amp; Koehler 2006, "Another look at measures of forecast accuracy").
 * </pre>
 *
 * <p>Sums in double precision. The harness copies these into runs.csv (the report module's
 * RecordedErrors).
 */
public record ForecastErrors(double mseOriginal, double maeOriginal, double mseScaled, double maeScaled, double mase) {

    /**
     * Errors of scaled forecasts {@code predicted[i]} of the points {@code from + i} of
     * {@code data}; the original-scale forecast is scaler.inverse(predicted[i]). Points a
     * missing-value policy filled in (data.filled) are left out: the means run over the others.
     */
    public static ForecastErrors of(ForecastData data, int from, double[] predictedScaled) {
        double se = 0, ae = 0, seScaled = 0, aeScaled = 0;
        int n = 0;
        if (predictedScaled.length == 0) {
            throw new IllegalArgumentException("no forecasts to score");
        }
        for (int i = 0; i < predictedScaled.length; i++) {
            if (data.filled(from + i)) {
                continue;
            }
            n++;
            double e = data.original(from + i) - data.scaler().inverse(predictedScaled[i]);
            double es = data.scaled(from + i) - predictedScaled[i];
            se += e * e;
            ae += Math.abs(e);
            seScaled += es * es;
            aeScaled += Math.abs(es);
        }
        if (n == 0) {
            throw new IllegalArgumentException("all " + predictedScaled.length + " targets from point " + from
                    + " were filled in by a missing-value policy: nothing to score");
        }
        return new ForecastErrors(se / n, ae / n, seScaled / n, aeScaled / n, ae / n / data.naiveMae());
    }
}
