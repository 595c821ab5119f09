package lstmbench.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lstmbench.harness.config.ExperimentConfig;
import lstmbench.harness.config.ExperimentLoader;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory probes as the harness writes them, on a tiny experiment (a seasonal AR and a sine
 * mixture, two strategies, one seed, two learning rates): memory.csv carries every probe,
 * runs.csv carries the memory horizon of exactly the runs chosen for test, and the two agree; a run
 * selected windowed has a sensitivity curve of 0 from its window W on, so its horizon is at most W.
 */
class MemoryProbesTest {
    static final String SEASONAL = "synthetic:seasonal-ar?lag=4&phi=0.9&length=700&seed=3";
    static final String TINY = """
            name: tiny-memory
            datasets:
              - "%s"
              - "synthetic:sine-mixture?periods=12&amplitudes=1&noise=0.2&length=700&seed=2"
            strategies:
              - "sliding-window?window=8&batch=16"
              - "stateful-tbptt?chunk=20&streams=4"
            model: {hiddenSize: 6, layers: 1}
            learningRates: [0.003, 0.01]
            epochs: 2
            seeds: [1]
            evaluation: {window: 8, sensitivityLags: 0}
            """.formatted(SEASONAL);

    static final ExperimentRunner.Progress SILENT = new ExperimentRunner.Progress() {
        @Override
        public void started(long totalEpochs, int pendingGroups, int skippedGroups) {}

        @Override
        public void epochFinished() {}

        @Override
        public void groupFinished(ExperimentPlan.RunGroup group, List<RunRecord> runs) {}
    };

    @Test
    void aTinyExperimentWritesEveryProbeAndTheHorizonOfTheChosenRuns(@TempDir Path dir) throws IOException {
        ExperimentConfig config = ExperimentLoader.parse(TINY, "test");
        ExperimentRunner.run(
                ExperimentPlan.prepare(config), dir, new ObjectMapper().valueToTree(config), "test", 1, false, SILENT);
        assertTrue(Files.size(dir.resolve("memory.csv")) > 0);
        List<RunRecord> runs = ResultsFiles.RUNS.read(dir);
        List<MemoryPoint> memory = ResultsFiles.MEMORY.read(dir);
        Map<RunId, Map<MemoryProbe, List<MemoryPoint>>> byRun = memory.stream()
                .collect(Collectors.groupingBy(MemoryPoint::runId, Collectors.groupingBy(MemoryPoint::probe)));
        assertEquals(8, runs.size());
        int windowedRuns = 0;

        for (RunRecord run : runs) {
            Map<MemoryProbe, List<MemoryPoint>> probes = byRun.get(run.runId());
            assertEquals(
                    1,
                    probes.get(MemoryProbe.ACTIVATION_BYTES_PER_BATCH).size(),
                    run.runId().toString());
            assertTrue(probes.get(MemoryProbe.ACTIVATION_BYTES_PER_BATCH).get(0).value() > 0);
            assertEquals(1, probes.get(MemoryProbe.PEAK_HEAP_BYTES).size());
            assertTrue(probes.get(MemoryProbe.PEAK_HEAP_BYTES).get(0).value() > 0);
            if (!run.chosenForTest()) {
                assertTrue(run.memoryHorizon().isEmpty(), "only runs chosen for test are probed");
                assertEquals(null, probes.get(MemoryProbe.INPUT_SENSITIVITY));
                assertEquals(null, probes.get(MemoryProbe.LAG_R2));
                continue;
            }
            // K = 4 x max(evaluation window 8, the strategy's span): 32 for W = 8, 80 for T = 20
            int expectedK = run.strategy().equals("sliding-window") ? 32 : 80;
            List<MemoryPoint> curve = probes.get(MemoryProbe.INPUT_SENSITIVITY).stream()
                    .sorted(Comparator.comparingDouble(MemoryPoint::x))
                    .toList();
            assertEquals(expectedK + 1, curve.size());
            for (int k = 0; k <= expectedK; k++) {
                assertEquals(k, curve.get(k).x());
                assertTrue(curve.get(k).value() >= 0 && curve.get(k).value() <= 1);
            }
            assertEquals(
                    1.0, curve.stream().mapToDouble(MemoryPoint::value).max().orElseThrow(), "normalised");
            int lastAbove = -1;
            for (int k = 0; k <= expectedK; k++) {
                if (curve.get(k).value() >= 0.01) {
                    lastAbove = k;
                }
            }
            assertEquals(lastAbove + 1, run.memoryHorizon().orElseThrow(), "runs.csv horizon agrees with the curve");
            if (run.protocol().selectedMode().orElseThrow() == EvaluationMode.WINDOWED) {
                int w = run.protocol().window();
                assertTrue(run.memoryHorizon().getAsInt() <= w, "windowed: horizon within W = " + w);
                for (int k = w; k <= expectedK; k++) {
                    assertEquals(0.0, curve.get(k).value(), "windowed: nothing older than W = " + w + " at k " + k);
                }
                windowedRuns++;
            }

            List<MemoryPoint> lag = probes.get(MemoryProbe.LAG_R2);
            if (run.setup().dataset().startsWith("synthetic:seasonal-ar")) {
                assertEquals(1, lag.size());
                assertEquals(4, lag.get(0).x());
                assertTrue(Double.isFinite(lag.get(0).value()) && lag.get(0).value() <= 1.2, "" + lag.get(0));
            } else {
                assertEquals(null, lag, "no LAG_R2 for a dataset that is not a seasonal AR");
            }
        }
        assertEquals(4, runs.stream().filter(r -> r.memoryHorizon().isPresent()).count());
        assertTrue(windowedRuns > 0, "at least one chosen run was selected windowed (sliding windows)");
    }

    @Test
    void onlySeasonalArSpecificationsHaveAPlantedLag() {
        assertEquals(
                24,
                GroupExecutor.seasonalAr("synthetic:seasonal-ar?lag=24&phi=0.9&length=1000&seed=1")
                        .orElseThrow()
                        .lag());
        assertTrue(GroupExecutor.seasonalAr("synthetic:sine-mixture?periods=12&amplitudes=1&length=700&seed=2")
                .isEmpty());
        assertTrue(GroupExecutor.seasonalAr("csv:nowhere.csv?column=value").isEmpty());
    }
}
