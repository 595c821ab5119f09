package lstmbench.harness.scaling;

/**
 * What one child {@code lstmbench run} of the scaling experiment cost at one series length: one row
 * of scaling.csv.
 *
 * @param points             length of the synthetic series (points)
 * @param wallSeconds        seconds from starting the child process to its exit, measured by the
 *                           parent (JVM start, data generation, training, evaluation, writing the
 *                           results files and rendering the report)
 * @param trainingSeconds    sum of the runs' training_seconds (runs.csv)
 * @param evaluationSeconds  sum of the runs' evaluation_seconds (runs.csv)
 * @param peakHeapBytes      the child's peak heap, an upper bound: the sum of the heap pools' own peaks
 * @param peakRssBytes       the child's peak resident set size (VmHWM); -1 where not measurable
 * @param folderBytes        bytes of every file under the child's results folder: the top-level files,
 *                           the committed groups (groups/KEY/, whose CSV files hold the top-level
 *                           rows a second time) and the report
 * @param seriesCsvBytes     bytes of its series.csv (0 when absent)
 * @param forecastsBytes     bytes of its top-level forecasts.csv and forecasts.csv.gz (each 0 when
 *                           absent); the groups' copies they are assembled from count in
 *                           {@code folderBytes} only
 */
public record ScalingRow(
        long points,
        double wallSeconds,
        double trainingSeconds,
        double evaluationSeconds,
        long peakHeapBytes,
        long peakRssBytes,
        long folderBytes,
        long seriesCsvBytes,
        long forecastsBytes) {
    public ScalingRow {
        if (points < 1) {
            throw new IllegalArgumentException("points must be >= 1, got " + points);
        }
        if (!(wallSeconds >= 0) || !(trainingSeconds >= 0) || !(evaluationSeconds >= 0)) {
            throw new IllegalArgumentException("seconds must be >= 0, got wall " + wallSeconds + ", training "
                    + trainingSeconds + ", evaluation " + evaluationSeconds);
        }
        if (folderBytes < 0 || seriesCsvBytes < 0 || forecastsBytes < 0) {
            throw new IllegalArgumentException("byte counts must be >= 0");
        }
    }

    /** Wall seconds per training second: how much the whole command costs beyond training (NaN if no training). */
    public double wallPerTraining() {
        return trainingSeconds > 0 ? wallSeconds / trainingSeconds : Double.NaN;
    }

    /** Wall seconds per second of training and evaluation (NaN if neither took time). */
    public double wallPerTrainingAndEvaluation() {
        double measured = trainingSeconds + evaluationSeconds;
        return measured > 0 ? wallSeconds / measured : Double.NaN;
    }
}
