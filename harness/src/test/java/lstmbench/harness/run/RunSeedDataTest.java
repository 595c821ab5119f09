package lstmbench.harness.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lstmbench.datasets.spec.DatasetSpecs;
import lstmbench.harness.config.ExperimentConfig;
import lstmbench.harness.config.ExperimentLoader;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.DatasetFingerprint;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.SeriesPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synthetic dataset with seed=run is generated once per experiment seed, with that seed, and each
 * seed's groups train on their own series; runs.csv keeps one dataset name (the spec with seed=run)
 * so seed ranges cover data and initialisation together, while series.csv and the fingerprints hold
 * every generated series under its own seed. Run ids stay the same from one preparation to the next.
 */
class RunSeedDataTest {
    static final String RUN_SEEDED = "synthetic:seasonal-ar?lag=4&length=700&seed=run";
    static final String CANONICAL = "synthetic:seasonal-ar?lag=4&phi=0.9&sigma=1&length=700&seed=run";
    static final String TINY = """
            name: tiny-run-seed
            datasets:
              - "%s"
              - "synthetic:sine-mixture?periods=12&amplitudes=1&noise=0.2&length=700&seed=2"
            strategies:
              - "chunked-reset?chunk=20&batch=4"
            model: {hiddenSize: 4, layers: 1}
            learningRates: [0.01]
            epochs: 1
            seeds: [5, 7]
            evaluation: {window: 8, sensitivityLags: 16}
            """.formatted(RUN_SEEDED);

    @Test
    void eachSeedsGroupsTrainOnTheSeriesGeneratedWithThatSeed() {
        ExperimentConfig config = ExperimentLoader.parse(TINY, "test");
        ExperimentPlan plan = ExperimentPlan.prepare(config);
        assertEquals(3, plan.datasets().size(), "two seeds of the run-seeded series and the fixed sine");
        assertEquals(4, plan.groups().size());
        for (ExperimentPlan.RunGroup g : plan.groups()) {
            if (g.dataset().spec().startsWith("synthetic:seasonal-ar")) {
                assertEquals(CANONICAL, g.dataset().spec());
                String loaded = CANONICAL.replace("seed=run", "seed=" + g.seed());
                assertEquals(loaded, g.dataset().loadedSpec());
                assertArrayEquals(
                        DatasetSpecs.load(loaded).values(), g.dataset().series().values());
            } else {
                assertEquals(g.dataset().spec(), g.dataset().loadedSpec(), "a fixed seed is one series for all");
            }
        }
        double[] five = plan.groups().get(0).dataset().series().values();
        double[] seven = plan.groups().get(1).dataset().series().values();
        assertFalse(java.util.Arrays.equals(five, seven), "seeds 5 and 7 give different series");

        GroupExecutor executor = new GroupExecutor(config);
        List<RunId> ids =
                plan.groups().stream().flatMap(g -> executor.runIds(g).stream()).toList();
        ExperimentPlan again = ExperimentPlan.prepare(config);
        assertEquals(
                ids,
                again.groups().stream()
                        .flatMap(g -> executor.runIds(g).stream())
                        .toList());
        assertEquals(ids.size(), Set.copyOf(ids).size(), "every run id is distinct");
    }

    @Test
    void runsKeepOneDatasetNameWhileSeriesAndFingerprintsKeepEachSeed(@TempDir Path dir) throws IOException {
        ExperimentConfig config = ExperimentLoader.parse(TINY, "test");
        ExperimentRunner.run(
                ExperimentPlan.prepare(config),
                dir,
                new ObjectMapper().valueToTree(config),
                "test",
                1,
                false,
                MemoryProbesTest.SILENT);
        List<RunRecord> runs = ResultsFiles.RUNS.read(dir);
        assertEquals(
                Set.of(CANONICAL, "synthetic:sine-mixture?periods=12&amplitudes=1&noise=0.2&length=700&seed=2"),
                runs.stream().map(RunRecord::dataset).collect(Collectors.toSet()));
        assertEquals(
                Set.of(5L, 7L),
                runs.stream()
                        .filter(r -> r.dataset().equals(CANONICAL))
                        .map(RunRecord::seed)
                        .collect(Collectors.toSet()));
        Set<String> seriesNames =
                ResultsFiles.SERIES.read(dir).stream().map(SeriesPoint::dataset).collect(Collectors.toSet());
        Set<String> expected = Set.of(
                CANONICAL.replace("seed=run", "seed=5"),
                CANONICAL.replace("seed=run", "seed=7"),
                "synthetic:sine-mixture?periods=12&amplitudes=1&noise=0.2&length=700&seed=2");
        assertEquals(expected, seriesNames);
        assertEquals(
                expected,
                ManifestFile.read(dir).datasets().stream()
                        .map(DatasetFingerprint::dataset)
                        .collect(Collectors.toSet()));
        assertTrue(runs.stream().allMatch(r -> !r.chosenForTest() || r.test().isPresent()));
    }
}
