package lstmbench.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;

/**
 * The memory a strategy costs: training input per epoch and activation cache per batch.
 *
 * <p>Bytes per strategy, averaged over its chosen runs.
 *
 * @param strategy                strategy name
 * @param trainingBytesPerEpoch   training input materialised per epoch (runs.csv)
 * @param activationBytesPerBatch activation cache per batch (memory.csv); NaN when not measured
 */
public record StrategyBytes(String strategy, double trainingBytesPerEpoch, double activationBytesPerBatch) {
    public static List<StrategyBytes> of(Results results) {
        List<StrategyBytes> all = new ArrayList<>();
        for (String strategy : results.strategies()) {
            List<RunRecord> runs = results.runs().stream()
                    .filter(run -> run.strategy().equals(strategy) && run.chosenForTest())
                    .toList();
            OptionalDouble training = runs.stream()
                    .mapToDouble(run -> run.cost().trainingBytesPerEpoch())
                    .average();
            OptionalDouble activation = new StrategyPoints(
                            strategy,
                            results.memory().stream()
                                    .filter(p -> p.probe() == MemoryProbe.ACTIVATION_BYTES_PER_BATCH
                                            && runs.stream()
                                                    .anyMatch(run -> run.runId().equals(p.runId())))
                                    .toList())
                    .points().stream().mapToDouble(p -> p.value()).average();
            if (training.isPresent()) {
                all.add(new StrategyBytes(strategy, training.getAsDouble(), activation.orElse(Double.NaN)));
            }
        }
        return all;
    }
}
