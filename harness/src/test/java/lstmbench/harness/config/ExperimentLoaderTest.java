package lstmbench.harness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lstmbench.datasets.spec.DatasetSpecs;
import lstmbench.kernel.Activation;
import lstmbench.kernel.HeadShape;
import lstmbench.strategies.StrategyRegistry;
import lstmbench.strategies.training.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Experiments from presets and YAML: what loads, and the messages for what does not.
 */
class ExperimentLoaderTest {
    static final String MINIMAL = """
            name: tiny
            datasets: ["synthetic:seasonal-ar?lag=4&length=600"]
            strategies: ["sliding-window?window=8&batch=16"]
            learningRates: [0.01]
            epochs: 2
            seeds: [1]
            """;

    @ParameterizedTest
    @ValueSource(strings = {"quick", "seed-question", "memory-sweep", "memory-followup", "real-data", "asker"})
    void everyPresetLoadsWithParseableDatasetsAndStrategies(String preset) {
        ExperimentConfig c = ExperimentLoader.load(preset);
        assertEquals(preset, c.name());
        c.datasets()
                .forEach(d ->
                        DatasetSpecs.parse(DatasetSpecs.withRunSeed(d, c.seeds().get(0))));
        c.strategies().forEach(StrategyRegistry::parse);
    }

    @Test
    void quickRunsTheFourCoreStrategiesOnTwoSyntheticSeriesWithThreeSeeds() {
        ExperimentConfig c = ExperimentLoader.load("quick");
        assertEquals(
                List.of("sliding-window", "chunked-reset", "shuffled", "stateful-tbptt"),
                c.strategies().stream()
                        .map(s -> StrategyRegistry.parse(s).name())
                        .toList());
        assertEquals(2, c.datasets().size());
        assertTrue(c.datasets().stream().allMatch(d -> d.startsWith("synthetic:")));
        assertEquals(3, c.seeds().size());
    }

    @Test
    void theAskerPresetTrainsTheAskersModelOnTheQuestionsLengthBesideTheFullGraph() {
        ExperimentConfig c = ExperimentLoader.load("asker");
        assertEquals(
                List.of("sliding-window", "chunked-reset", "shuffled", "stateful-tbptt", "stateful-full-graph"),
                c.strategies().stream()
                        .map(s -> StrategyRegistry.parse(s).name())
                        .toList());
        assertEquals(10, c.model().hiddenSize());
        assertEquals(
                new HeadShape(List.of(5), Activation.TANH, Activation.TANH),
                c.model().head().shape());
        assertTrue(c.datasets().get(0).contains("length=47249"), c.datasets().get(0));
    }

    @Test
    void aModelHeadIsReadWithDefaultsForItsAbsentKeys() {
        ExperimentConfig c =
                ExperimentLoader.parse(MINIMAL + "model: {hiddenSize: 10, head: {hidden: [5, 3]}}\n", "t.yaml");
        assertEquals(
                new HeadShape(List.of(5, 3), Activation.TANH, Activation.IDENTITY),
                c.model().head().shape());
        ExperimentConfig relu = ExperimentLoader.parse(
                MINIMAL + "model:\n  head:\n    hidden: [4]\n    activation: relu\n    output: tanh\n", "t.yaml");
        assertEquals(
                new HeadShape(List.of(4), Activation.RELU, Activation.TANH),
                relu.model().head().shape());
        assertEquals(
                HeadShape.DENSE,
                ExperimentLoader.parse(MINIMAL, "t.yaml").model().head().shape());
        assertEquals(
                HeadShape.DENSE,
                ExperimentLoader.parse(MINIMAL + "model: {head: {hidden: []}}\n", "t.yaml")
                        .model()
                        .head()
                        .shape(),
                "no hidden layer and no output activation is the dense head");
    }

    @Test
    void missingOptionalSectionsTakeTheirDefaults() {
        ExperimentConfig c = ExperimentLoader.parse(MINIMAL, "tiny.yaml");
        assertEquals(ExperimentConfig.ModelConfig.DEFAULT, c.model());
        assertEquals(ExperimentConfig.SplitConfig.DEFAULT, c.split());
        assertEquals(ExperimentConfig.OptimizerType.ADAM, c.optimizer().type());
        assertEquals(new Budget.Epochs(2), c.trainingBudget(), "the default budget is the experiment's epochs");
        assertEquals(
                ExperimentConfig.SelectionModeName.VALIDATION, c.selection().mode());
        assertEquals(0, c.selection().patience());
    }

    @Test
    void duplicateLearningRatesAreRefusedInOneMessage() {
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> ExperimentLoader.parse(
                        MINIMAL.replace("learningRates: [0.01]", "learningRates: [0.01, 0.003, 0.01]"), "tiny.yaml"));
        assertEquals(
                "tiny.yaml: learningRates lists 0.01 twice (entries 1 and 3); give each learning rate once",
                e.getMessage());
        ConfigException seeds = assertThrows(
                ConfigException.class,
                () -> ExperimentLoader.parse(MINIMAL.replace("seeds: [1]", "seeds: [1, 1]"), "tiny.yaml"));
        assertTrue(seeds.getMessage().contains("seeds must be distinct"), seeds.getMessage());
    }

    @Test
    void aBudgetBlockGivesExactlyOneOfEpochsUpdatesTimestepsOrSeconds() {
        String noEpochs = MINIMAL.replace("epochs: 2\n", "");
        assertEquals(
                new Budget.Updates(500),
                ExperimentLoader.parse(noEpochs + "budget: {updates: 500}\n", "t.yaml")
                        .trainingBudget());
        assertEquals(
                new Budget.Timesteps(20000),
                ExperimentLoader.parse(noEpochs + "budget: {timesteps: 20000}\n", "t.yaml")
                        .trainingBudget());
        assertEquals(
                new Budget.Seconds(1.5),
                ExperimentLoader.parse(noEpochs + "budget: {seconds: 1.5}\n", "t.yaml")
                        .trainingBudget());
        assertEquals(
                new Budget.Epochs(3),
                ExperimentLoader.parse(noEpochs + "budget: {epochs: 3}\n", "t.yaml")
                        .trainingBudget());
        assertMessage(
                "budget must give exactly one of epochs, updates, timesteps or seconds, got 2",
                noEpochs + "budget: {updates: 5, seconds: 1}\n");
        assertMessage("epochs: 2 and a budget: block both set the budget", MINIMAL + "budget: {updates: 5}\n");
        assertMessage("no training budget", noEpochs);
        assertMessage("budget.updates must be >= 1, got 0", noEpochs + "budget: {updates: 0}\n");
        assertEquals(
                new Budget.Epochs(4),
                ExperimentLoader.parse(noEpochs + "budget: {updates: 5}\n", "t.yaml")
                        .withEpochs(4)
                        .trainingBudget(),
                "--epochs replaces a budget block");
    }

    @Test
    void theSelectionBlockFixesTheModeAndSetsPatience() {
        ExperimentConfig c = ExperimentLoader.parse(MINIMAL + "selection: {mode: own, patience: 3}\n", "t.yaml");
        assertEquals(ExperimentConfig.SelectionModeName.OWN, c.selection().mode());
        assertEquals(3, c.selection().patience());
        assertMessage("selection.patience must be >= 0", MINIMAL + "selection: {patience: -1}\n");
        ConfigException e = assertThrows(
                ConfigException.class, () -> ExperimentLoader.parse(MINIMAL + "selection: {mode: best}\n", "t.yaml"));
        assertTrue(e.getMessage().contains("validation") && e.getMessage().contains("windowed"), e.getMessage());
    }

    private static void assertMessage(String part, String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentLoader.parse(yaml, "t.yaml"));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void anUnknownKeyIsAnErrorNamingItAndItsLine() {
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> ExperimentLoader.parse(MINIMAL.replace("epochs: 2", "epochz: 3\nepochs: 2"), "tiny.yaml"));
        assertTrue(e.getMessage().contains("tiny.yaml: line 5"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key 'epochz'"), e.getMessage());
        assertTrue(e.getMessage().contains("epochs"), "lists the known keys: " + e.getMessage());
    }

    @Test
    void aYamlSyntaxErrorNamesLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "name: x\ndatasets: [\"a\"\nstrategies: [b]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentLoader.load(file.toString()));
        assertTrue(
                e.getMessage().matches("(?s).*broken\\.yaml: line 3, column 1: expected ',' or ']'.*begun at line 2.*"),
                e.getMessage());
    }

    @Test
    void anUnknownPresetListsTheValidOnes() {
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentLoader.load("quik"));
        assertTrue(e.getMessage().contains("unknown preset 'quik'"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains(
                                "quick, seed-question, seed-question-updates, memory-sweep, memory-followup, real-data, asker"),
                e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentLoader.load("/nonexistent/x.yaml"));
        assertTrue(e.getMessage().contains("/nonexistent/x.yaml: no such experiment file"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "learningRates: [0.01]|learningRates: [-0.01]|learning rate -0.01 must be a positive number",
                "epochs: 2|epochs: 0|epochs must be >= 1, got 0",
                "seeds: [1]|seeds: []|seeds must list at least one seed",
                "epochs: 2|epochs: 2\nmodel: {hiddenSize: 8, layers: 2}|only 1 layer is implemented",
                "epochs: 2|epochs: 2\nsplit: {train: 0.8, validation: 0.15, test: 0.15}|add up to 1",
                "epochs: 2|epochs: 2\nsplit: {train: 0.8, validation: 0.2}|test",
                "epochs: 2|epochs: 2.5|epochs",
                "epochs: 2|epochs: 2\nmodel: {head: {hidden: [5, 0]}}|model.head.hidden must list layer widths >= 1, got [5, 0]",
                "epochs: 2|epochs: 2\nmodel: {head: {hidden: [5], activation: sigmoid}}|model.head.activation must be one of"
                        + " tanh, relu, identity, got 'sigmoid'",
                "epochs: 2|epochs: 2\nmodel: {head: {output: softmax}}|model.head.output must be one of tanh, relu, identity,"
                        + " got 'softmax'",
                "epochs: 2|epochs: 2\nmodel: {head: {widths: [5]}}|unknown key 'widths'",
            })
    void invalidValuesAreRefusedWithWhatWasExpected(String edit) {
        String[] parts = edit.split("\\|");
        String yaml = MINIMAL.replace(parts[0], parts[1]);
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentLoader.parse(yaml, "tiny.yaml"));
        assertTrue(e.getMessage().contains(parts[2]), e.getMessage());
        assertTrue(e.getMessage().startsWith("tiny.yaml"), e.getMessage());
    }
}
