package lstmbench.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;

/**
 * One strategy's values of one memory probe, over all its runs: the input of memory charts.
 *
 * <p>A probe's points for one strategy.
 *
 * @param strategy strategy name
 * @param points   points of one probe from every chosen run of the strategy
 */
public record StrategyPoints(String strategy, List<MemoryPoint> points) {
    public StrategyPoints {
        points = List.copyOf(points);
    }

    /** Per strategy (results order), the probe's points of its chosen runs over all datasets. */
    public static List<StrategyPoints> of(Results results, MemoryProbe probe) {
        List<StrategyPoints> all = new ArrayList<>();
        for (String strategy : results.strategies()) {
            Set<RunId> runs = results.runs().stream()
                    .filter(run -> run.strategy().equals(strategy) && run.chosenForTest())
                    .map(RunRecord::runId)
                    .collect(Collectors.toSet());
            List<MemoryPoint> points = results.memory().stream()
                    .filter(p -> p.probe() == probe && runs.contains(p.runId()))
                    .toList();
            if (!points.isEmpty()) {
                all.add(new StrategyPoints(strategy, points));
            }
        }
        return all;
    }

    /** The mean value at every distinct x, ordered by x; non-finite values are skipped. */
    public List<double[]> meanByX() {
        TreeMap<Double, double[]> sums = new TreeMap<>();
        for (MemoryPoint point : points) {
            if (Double.isFinite(point.value())) {
                double[] sum = sums.computeIfAbsent(point.x(), x -> new double[2]);
                sum[0] += point.value();
                sum[1]++;
            }
        }
        List<double[]> means = new ArrayList<>();
        sums.forEach((x, sum) -> means.add(new double[] {x, sum[0] / sum[1]}));
        return means;
    }
}
