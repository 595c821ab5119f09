package lstmbench.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;

/**
 * The per-epoch curves of one strategy on one dataset, one curve per seed: the input of loss
 * charts.
 *
 * <p>One strategy's curves over seeds.
 *
 * @param strategy   strategy name
 * @param seedCurves one curve per seed, each ordered by epoch
 */
public record StrategyCurves(String strategy, List<List<CurvePoint>> seedCurves) {
    public StrategyCurves {
        seedCurves = seedCurves.stream().map(List::copyOf).toList();
    }

    /**
     * The curves of the runs chosen for testing on {@code dataset}, per strategy in results order;
     * runs without a curve are left out.
     */
    public static List<StrategyCurves> of(Results results, String dataset) {
        List<StrategyCurves> all = new ArrayList<>();
        for (String strategy : results.strategies()) {
            List<List<CurvePoint>> curves = results.chosenRuns(dataset, strategy).stream()
                    .map(RunRecord::runId)
                    .map(results::curveOf)
                    .filter(curve -> !curve.isEmpty())
                    .toList();
            if (!curves.isEmpty()) {
                all.add(new StrategyCurves(strategy, curves));
            }
        }
        return all;
    }

    /**
     * The band over seeds at every epoch: {@code y} summarised over the seeds that have a finite
     * value at that epoch, placed at the mean of their {@code x}.
     */
    public List<BandPoint> band(ToDoubleFunction<CurvePoint> x, ToDoubleFunction<CurvePoint> y) {
        int epochs = seedCurves.stream().mapToInt(List::size).max().orElse(0);
        List<BandPoint> band = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            double sumX = 0;
            double sumY = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (List<CurvePoint> curve : seedCurves) {
                if (e < curve.size()
                        && Double.isFinite(y.applyAsDouble(curve.get(e)))
                        && Double.isFinite(x.applyAsDouble(curve.get(e)))) {
                    double value = y.applyAsDouble(curve.get(e));
                    sumX += x.applyAsDouble(curve.get(e));
                    sumY += value;
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                    n++;
                }
            }
            if (n > 0) {
                band.add(new BandPoint(sumX / n, sumY / n, min, max, n));
            }
        }
        return band;
    }
}
