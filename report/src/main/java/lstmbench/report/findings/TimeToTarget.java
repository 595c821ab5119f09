package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;

/**
 * Training time each strategy needed to reach a validation loss every strategy reached, read from the
 * validation curve in each run's selected evaluation mode.
 *
 * <p>For every strategy with curves, the chosen runs' per-epoch validation loss in the mode each run
 * was selected in ({@code windowed_validation_loss} for windowed, {@code validation_loss} for
 * streaming) is averaged over seeds. The target is the highest of the strategies' best mean losses:
 * the lowest level every mean curve reached, so every strategy has a time to it.
 *
 * @param level   the common validation loss (scaled MSE)
 * @param reached per strategy, when its mean curve first reached {@code level}
 */
public record TimeToTarget(double level, Map<String, Reached> reached) {
    public TimeToTarget {
        reached = Map.copyOf(reached);
    }

    /**
     * When a strategy's mean curve first reached the level.
     *
     * @param strategy strategy name
     * @param seconds  mean cumulative training seconds at that epoch (validation passes not included)
     * @param epoch    1-based epoch
     * @param updates  mean cumulative optimiser updates at that epoch
     */
    public record Reached(String strategy, double seconds, int epoch, double updates) {}

    /** The target of {@code dataset}; empty with fewer than two strategies that have curves. */
    public static Optional<TimeToTarget> of(Results results, String dataset) {
        Map<String, List<Epoch>> means = new TreeMap<>();
        for (String strategy : results.strategies()) {
            List<Epoch> mean = meanCurve(results, results.chosenRuns(dataset, strategy));
            if (!mean.isEmpty()) {
                means.put(strategy, mean);
            }
        }
        if (means.size() < 2) {
            return Optional.empty();
        }
        double level = means.values().stream()
                .mapToDouble(
                        curve -> curve.stream().mapToDouble(Epoch::loss).min().orElseThrow())
                .max()
                .orElseThrow();
        Map<String, Reached> reached = means.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream()
                                .filter(epoch -> epoch.loss() <= level)
                                .findFirst()
                                .map(epoch -> new Reached(e.getKey(), epoch.seconds(), epoch.epoch(), epoch.updates()))
                                .orElseThrow()));
        return Optional.of(new TimeToTarget(level, reached));
    }

    /** The strategy's time, when it has curves. */
    public Optional<Reached> of(String strategy) {
        return Optional.ofNullable(reached.get(strategy));
    }

    private static List<Epoch> meanCurve(Results results, List<RunRecord> chosen) {
        List<List<CurvePoint>> curves = new ArrayList<>();
        List<EvaluationMode> modes = new ArrayList<>();
        for (RunRecord run : chosen) {
            List<CurvePoint> curve = results.curveOf(run.runId());
            if (run.status() == RunStatus.OK && !curve.isEmpty()) {
                curves.add(curve);
                modes.add(run.protocol().selectedMode().orElse(EvaluationMode.STREAMING));
            }
        }
        int epochs = curves.stream().mapToInt(List::size).max().orElse(0);
        List<Epoch> mean = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            double loss = 0;
            double seconds = 0;
            double updates = 0;
            int n = 0;
            for (int i = 0; i < curves.size(); i++) {
                if (e >= curves.get(i).size()) {
                    continue;
                }
                CurvePoint point = curves.get(i).get(e);
                double value = modes.get(i) == EvaluationMode.WINDOWED
                        ? point.windowedValidationLoss()
                        : point.validationLoss();
                if (Double.isFinite(value)) {
                    loss += value;
                    seconds += point.wallSeconds();
                    updates += point.updatesSeen();
                    n++;
                }
            }
            if (n > 0) {
                mean.add(new Epoch(e + 1, loss / n, seconds / n, updates / n));
            }
        }
        return mean;
    }

    /** One epoch of a strategy's mean curve. */
    private record Epoch(int epoch, double loss, double seconds, double updates) {}
}
