package lstmbench.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lstmbench.harness.config.ExperimentConfig;
import lstmbench.harness.config.ExperimentLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every preset can be run as shipped: its datasets load (the named ones from the copies bundled in
 * the jar), and every strategy's batches fit every dataset's training part. Parsing the specs alone
 * did not catch a preset whose chunks were larger than the shortest series' training part.
 */
class PresetPlanTest {

    static java.util.List<String> presets() {
        return ExperimentLoader.PRESETS;
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetPreparesEveryGroup(String preset) {
        ExperimentConfig config = ExperimentLoader.load(preset);
        ExperimentPlan plan = ExperimentPlan.prepare(config);
        assertEquals(
                config.datasets().size() * config.strategies().size() * config.seeds().size(),
                plan.groups().size(),
                preset + ": one group per dataset, strategy and seed");
    }
}
