package lstmbench.harness.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.spec.DatasetSpec;
import lstmbench.datasets.spec.DatasetSpecs;
import lstmbench.datasets.spec.SyntheticSpec;
import lstmbench.datasets.split.ChronologicalSplit;
import lstmbench.datasets.split.ScaledSplit;
import lstmbench.datasets.split.SplitFractions;
import lstmbench.harness.config.ConfigException;
import lstmbench.harness.config.ExperimentConfig;
import lstmbench.strategies.ContiguousLayout;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.StrategyException;
import lstmbench.strategies.StrategyRegistry;
import lstmbench.strategies.evaluation.ForecastData;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.EpochSeed;

/**
 * An experiment resolved against its data before anything trains: every dataset loaded, split
 * and scaled (scaler fitted on the training part only), every strategy parsed, and each strategy
 * checked against each dataset's training part (a window or chunk longer than the training part,
 * or streams x chunk larger than it, is refused here with a message naming both), then the run
 * groups: one per dataset, strategy and seed, each covering the whole learning-rate grid.
 *
 * <p>Also refused here: a dataset or strategy listed twice (compared by canonical specification,
 * so {@code sliding-window} and {@code sliding-window?window=32} with 32 the default are the same;
 * two equal entries would give two groups the same run ids), and a synthetic dataset whose memory
 * demand (the planted lag of seasonal-ar) is not shorter than its training part (the dependency
 * would never appear in training).
 *
 * <p>A synthetic dataset with {@code seed=run} (DatasetSpecs.RUN_SEED) is generated once per
 * experiment seed S, with seed S, and the groups of seed S train on that series: the seed ranges
 * then cover the data's variability as well as the initialisation's. Its groups and run ids carry
 * the specification as written (canonical, {@code seed=run}), so every seed's runs stay one dataset
 * in runs.csv and the report; series.csv and the fingerprints carry each generated series under
 * its own specification ({@code seed=S}: PreparedDataset.loadedSpec). Datasets are prepared in
 * the order of the configuration, seeds in their listed order, so the plan is deterministic.
 */
public record ExperimentPlan(
        ExperimentConfig config, List<PreparedDataset> datasets, List<Strategy> strategies, List<RunGroup> groups) {

    public ExperimentPlan {
        datasets = List.copyOf(datasets);
        strategies = List.copyOf(strategies);
        groups = List.copyOf(groups);
    }

    /**
     * A dataset as the runs of the experiment see it. {@code spec} is the dataset as the experiment
     * names it (runs.csv's dataset); {@code loadedSpec} the series actually loaded: the same text,
     * except for {@code seed=run}, where it names the one seed's series ({@code seed=S}) and
     * {@code runSeed} is S.
     */
    public record PreparedDataset(
            String spec,
            String loadedSpec,
            OptionalLong runSeed,
            TimeSeries series,
            ScaledSplit split,
            ForecastData data) {
        /** True when the runs of {@code seed} train on this series. */
        public boolean servesSeed(long seed) {
            return runSeed.isEmpty() || runSeed.getAsLong() == seed;
        }
    }

    /** One dataset, strategy and seed: trained once per learning rate of the grid. */
    public record RunGroup(PreparedDataset dataset, Strategy strategy, long seed) {
        public String describe() {
            return dataset.spec() + " | " + strategy.spec() + " | seed " + seed;
        }
    }

    public static ExperimentPlan prepare(ExperimentConfig config) {
        List<Strategy> strategies = new ArrayList<>();
        Map<String, String> strategyTexts = new LinkedHashMap<>();
        for (String text : config.strategies()) {
            Strategy strategy;
            try {
                strategy = StrategyRegistry.parse(text);
            } catch (StrategyException e) {
                throw new ConfigException("strategies: " + e.getMessage(), e);
            }
            requireOnce("strategies", strategyTexts, strategy.spec(), text);
            strategies.add(strategy);
        }
        SplitFractions fractions;
        try {
            fractions = new SplitFractions(
                    config.split().train(),
                    config.split().validation(),
                    config.split().test());
        } catch (IllegalArgumentException | DatasetException e) {
            throw new ConfigException("split: " + e.getMessage(), e);
        }
        int window = config.evaluation().window();
        List<PreparedDataset> datasets = new ArrayList<>();
        Map<String, String> datasetTexts = new LinkedHashMap<>();
        for (String text : config.datasets()) {
            String canonical = DatasetSpecs.followsRunSeed(text)
                    ? DatasetSpecs.runSeededText(text)
                    : DatasetSpecs.parse(text).text();
            requireOnce("datasets", datasetTexts, canonical, text);
        }
        List<List<PreparedDataset>> bySpec = new ArrayList<>();
        for (String text : config.datasets()) {
            List<PreparedDataset> family = new ArrayList<>();
            if (DatasetSpecs.followsRunSeed(text)) {
                String named = DatasetSpecs.runSeededText(text);
                for (long seed : config.seeds()) {
                    family.add(prepare(
                            named,
                            DatasetSpecs.parse(DatasetSpecs.withRunSeed(text, seed)),
                            OptionalLong.of(seed),
                            fractions,
                            window));
                }
            } else {
                DatasetSpec spec = DatasetSpecs.parse(text);
                family.add(prepare(spec.text(), spec, OptionalLong.empty(), fractions, window));
            }
            for (PreparedDataset d : family) {
                for (Strategy s : strategies) {
                    requireFits(s, d);
                }
            }
            datasets.addAll(family);
            bySpec.add(family);
        }
        List<RunGroup> groups = new ArrayList<>();
        for (List<PreparedDataset> family : bySpec) {
            for (Strategy s : strategies) {
                for (long seed : config.seeds()) {
                    PreparedDataset d = family.stream()
                            .filter(f -> f.servesSeed(seed))
                            .findFirst()
                            .orElseThrow();
                    groups.add(new RunGroup(d, s, seed));
                }
            }
        }
        return new ExperimentPlan(config, datasets, strategies, groups);
    }

    /** Refuses a second entry whose canonical specification equals an earlier one's. */
    private static void requireOnce(String key, Map<String, String> seen, String canonical, String text) {
        String earlier = seen.putIfAbsent(canonical, text);
        if (earlier != null) {
            String as = earlier.equals(text)
                    ? "'" + text + "'"
                    : "'" + earlier + "' and '" + text + "' (both " + canonical + ")";
            throw new ConfigException(key + " lists the same entry twice: " + as + "; give each once");
        }
    }

    /** Refuses a synthetic series whose memory demand (e.g. the planted lag) reaches past its training part. */
    private static void requireDemandWithinTraining(SyntheticSpec spec, PreparedDataset d) {
        int demand = spec.process().memoryDemand().steps();
        int trainLength = d.data().trainLength();
        if (demand >= trainLength) {
            throw new ConfigException("dataset " + d.spec() + ": its best forecast needs the last " + demand
                    + " steps (its memory demand), which is not shorter than its training part of "
                    + trainLength + " points, so training never sees the dependency; use a smaller lag or a larger"
                    + " length");
        }
    }

    private static PreparedDataset prepare(
            String named, DatasetSpec spec, OptionalLong runSeed, SplitFractions fractions, int window) {
        TimeSeries series = spec.load();
        ScaledSplit split = ScaledSplit.fitOnTraining(ChronologicalSplit.split(series, fractions, window + 1));
        PreparedDataset d = new PreparedDataset(named, spec.text(), runSeed, series, split, ForecastData.of(split));
        if (spec instanceof SyntheticSpec synthetic) {
            requireDemandWithinTraining(synthetic, d);
        }
        return d;
    }

    /** Refuses a strategy whose shapes do not fit the dataset's training part. */
    private static void requireFits(Strategy s, PreparedDataset d) {
        int trainLength = d.data().trainLength();
        if (s instanceof ContiguousLayout layout && (long) layout.rows() * layout.chunkLength() > trainLength - 1) {
            throw new ConfigException("strategy " + s.spec() + " on dataset " + d.spec() + ": B x T = "
                    + layout.rows() + " x " + layout.chunkLength() + " = " + (long) layout.rows() * layout.chunkLength()
                    + " is larger than the training part (" + (trainLength - 1) + " input/target pairs of "
                    + trainLength + " points); use fewer rows or a shorter chunk");
        }
        EpochPlan plan;
        try {
            plan = s.plan(trainLength, new EpochSeed(0, 1));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "strategy " + s.spec() + " does not fit dataset " + d.spec() + " (training part of " + trainLength
                            + " points): " + e.getMessage(),
                    e);
        }
        long dropped = plan.trim().droppedTargets();
        if (dropped * 2 > trainLength) {
            throw new ConfigException("strategy " + s.spec() + " on dataset " + d.spec() + " would drop " + dropped
                    + " of " + trainLength + " training points to make its shapes fit: use a shorter chunk or window,"
                    + " fewer streams, or remainder=keep");
        }
    }
}
