package lstmbench.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lstmbench.datasets.spec.DatasetSpecs;
import lstmbench.harness.config.ExperimentConfig;
import lstmbench.harness.config.ExperimentLoader;
import lstmbench.strategies.training.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every preset can be run as shipped: its datasets load (the named ones from the copies bundled in
 * the jar), and every strategy's batches fit every dataset's training part. Parsing the specs alone
 * did not catch a preset whose chunks were larger than the shortest series' training part. The two
 * memory presets are checked for what they promise: planted lags around W and T, a series per seed,
 * an equal-update budget, and a README section the results script can write.
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
                config.datasets().size()
                        * config.strategies().size()
                        * config.seeds().size(),
                plan.groups().size(),
                preset + ": one group per dataset, strategy and seed");
    }

    static List<Integer> plantedLags(ExperimentConfig config) {
        return config.datasets().stream()
                .map(spec -> GroupExecutor.seasonalAr(DatasetSpecs.withRunSeed(spec, 1))
                        .orElseThrow()
                        .lag())
                .toList();
    }

    @Test
    void theMemorySweepPlantsLagsAroundTheWindowAndTheChunkOnASeriesPerSeed() {
        ExperimentConfig config = ExperimentLoader.load("memory-sweep");
        assertTrue(plantedLags(config).containsAll(List.of(24, 32, 40, 56, 64, 72)), "W = 32, T = 64 +- 8");
        assertTrue(config.datasets().stream().allMatch(DatasetSpecs::followsRunSeed), "data seed = run seed");
        ExperimentPlan plan = ExperimentPlan.prepare(config);
        assertEquals(
                config.datasets().size() * config.seeds().size(),
                plan.datasets().size());
    }

    @Test
    void theMemoryFollowUpGivesTheChunkedLayoutsSlidingWindowsUpdateCount() throws IOException {
        ExperimentConfig config = ExperimentLoader.load("memory-followup");
        assertEquals(new Budget.Updates(7860), config.trainingBudget());
        assertEquals(List.of(8, 16, 32, 64), plantedLags(config));
        assertEquals(
                List.of("chunked-reset", "stateful-tbptt"),
                config.strategies().stream()
                        .map(s -> s.substring(0, s.indexOf('?')))
                        .toList());
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String marker : List.of("<!-- memory-followup:start -->", "<!-- memory-followup:end -->")) {
            assertEquals(1, readme.lines().filter(marker::equals).count(), "README needs one line " + marker);
        }
    }

    @Test
    void theEqualUpdatesVariantOfTheSeedQuestionHasItsOwnReadmeSection() throws IOException {
        ExperimentConfig config = ExperimentLoader.load("seed-question-updates");
        ExperimentConfig epochs = ExperimentLoader.load("seed-question");
        assertEquals(new Budget.Updates(2000), config.trainingBudget());
        assertEquals(epochs.datasets(), config.datasets());
        assertEquals(
                epochs.strategies().stream().filter(s -> !s.equals("full-bptt")).toList(), config.strategies());
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String marker : List.of("<!-- results-updates:start -->", "<!-- results-updates:end -->")) {
            assertEquals(1, readme.lines().filter(marker::equals).count(), "README needs one line " + marker);
        }
    }
}
