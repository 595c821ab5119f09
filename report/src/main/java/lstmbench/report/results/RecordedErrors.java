package lstmbench.report.results;

/**
 * Next-step forecast errors of one model (or of the persistence forecast) on one split, as recorded
 * in runs.csv's &lt;mode&gt;_mse, &lt;mode&gt;_mae, ... columns. The strategies module measures
 * them (its ForecastErrors); this module reads results files only and cannot see that type, hence
 * the separate name for the recorded values.
 *
 * <p>Errors of a next-step forecast on the test split, as read from (or written to) runs.csv.
 *
 * @param mseOriginal mean squared error on the original scale of the series
 * @param maeOriginal mean absolute error on the original scale
 * @param mseScaled   mean squared error on the scale fitted on the training part
 * @param maeScaled   mean absolute error on the scaled series
 * @param mase        MAE divided by the in-sample MAE of the one-step naive forecast
 */
public record RecordedErrors(double mseOriginal, double maeOriginal, double mseScaled, double maeScaled, double mase) {}
