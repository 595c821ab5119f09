package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;

/**
 * The lag sweep per strategy and planted lag: R^2 and memory horizon over seeds, from memory.csv
 * and runs.csv.
 *
 * <p>What the memory sweep measured for one strategy: at each planted lag L, the lag R^2 and the
 * memory horizon of the runs chosen for testing (one per seed), both measured in the evaluation
 * mode each run was chosen in on validation (runs.csv selected_mode; a windowed run's horizon is at
 * most its window). Runs are grouped by L alone, so
 * two seasonal-AR datasets with the same L (e.g. different phi) would be pooled.
 *
 * @param strategy strategy name
 * @param lags     one entry per planted lag, smallest L first
 */
public record LagSweep(String strategy, List<Lag> lags) {
    /** The R^2 level the sweep's headline asks about: "the strategy uses lag L". */
    public static final double USES_LAG = 0.5;

    /**
     * One planted lag.
     *
     * @param lag            L, in steps
     * @param r2             lag R^2 over seeds
     * @param horizon        memory horizon (steps) over seeds; empty when not probed
     * @param censoredSeeds  seeds whose sensitivity curve had not decayed by its last lag K, so their
     *                       horizon (K + 1) is only a lower bound
     * @param resetPenalty   windowed / streaming test MSE over seeds (below 1: the model needs the
     *                       zero state it was trained from; above 1: the carried state helped)
     */
    public record Lag(double lag, SeedSpread r2, SeedSpread horizon, int censoredSeeds, SeedSpread resetPenalty) {
        /** Horizon for a table cell: {@code "43"}, {@code ">256"} when every seed was censored, {@code ">=300"} when some were. */
        public String horizonCell() {
            if (horizon.isEmpty()) {
                return "-";
            }
            if (censoredSeeds == horizon.n()) {
                return ">" + Numbers.format(horizon.min() - 1);
            }
            return (censoredSeeds > 0 ? ">=" : "") + Numbers.format(horizon.mean());
        }

        /** Horizon as people read it: {@code "43"}, {@code "more than 256"} when every seed was censored. */
        public String horizonText() {
            if (horizon.isEmpty()) {
                return "not measured";
            }
            if (censoredSeeds == horizon.n()) {
                return "more than " + Numbers.format(horizon.min() - 1);
            }
            return Numbers.format(horizon.mean())
                    + (censoredSeeds > 0
                            ? " (at least; " + censoredSeeds + " of " + horizon.n() + " seeds censored)"
                            : "");
        }
    }

    public LagSweep {
        lags = List.copyOf(lags);
    }

    /** The largest L whose mean R^2 is at least {@code level}; empty when none. */
    public Optional<Lag> largestLagAtLeast(double level) {
        Lag largest = null;
        for (Lag lag : lags) {
            if (lag.r2().mean() >= level) {
                largest = lag;
            }
        }
        return Optional.ofNullable(largest);
    }

    /** Every strategy with LAG_R2 points, in results order; empty when the experiment swept no lag. */
    public static List<LagSweep> of(Results results) {
        Map<RunId, Double> lastK = new HashMap<>();
        for (MemoryPoint point : results.memory()) {
            if (point.probe() == MemoryProbe.INPUT_SENSITIVITY) {
                lastK.merge(point.runId(), point.x(), Math::max);
            }
        }
        Map<RunId, RunRecord> runs =
                results.runs().stream().collect(Collectors.toMap(RunRecord::runId, Function.identity(), (a, b) -> a));
        List<LagSweep> sweeps = new ArrayList<>();
        for (String strategy : results.strategies()) {
            TreeMap<Double, List<MemoryPoint>> byLag = new TreeMap<>();
            for (MemoryPoint point : results.memory()) {
                RunRecord run = runs.get(point.runId());
                if (point.probe() == MemoryProbe.LAG_R2
                        && run != null
                        && run.strategy().equals(strategy)) {
                    byLag.computeIfAbsent(point.x(), l -> new ArrayList<>()).add(point);
                }
            }
            if (byLag.isEmpty()) {
                continue;
            }
            List<Lag> lags = new ArrayList<>();
            byLag.forEach((lag, points) -> {
                double[] r2 = points.stream().mapToDouble(MemoryPoint::value).toArray();
                List<RunRecord> probed = points.stream()
                        .map(p -> runs.get(p.runId()))
                        .filter(run -> run.memoryHorizon().isPresent())
                        .toList();
                double[] horizons = probed.stream()
                        .mapToDouble(run -> run.memoryHorizon().getAsInt())
                        .toArray();
                int censored = (int)
                        probed.stream().filter(run -> censored(run, lastK)).count();
                double[] penalty = points.stream()
                        .map(p -> runs.get(p.runId()))
                        .mapToDouble(RunMetric.RESET_PENALTY::of)
                        .toArray();
                lags.add(new Lag(lag, SeedSpread.of(r2), SeedSpread.of(horizons), censored, SeedSpread.of(penalty)));
            });
            sweeps.add(new LagSweep(strategy, lags));
        }
        return sweeps;
    }

    /** Whether the run's horizon lies beyond the last lag its sensitivity curve measured. */
    private static boolean censored(RunRecord run, Map<RunId, Double> lastK) {
        Double k = lastK.get(run.runId());
        return k != null && run.memoryHorizon().getAsInt() > k;
    }
}
