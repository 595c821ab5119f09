package lstmbench.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lstmbench.report.chart.BatchCostCharts;
import lstmbench.report.chart.Figure;
import lstmbench.report.chart.StrategyPoints;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/**
 * The per-batch cost charts: seconds and activation bytes against the batch index, one line per
 * strategy averaged over its chosen runs, drawn in the Memory effects section only when
 * memory.csv has BATCH_SECONDS points.
 */
class BatchCostSectionTest {
    @TempDir
    Path dir;

    static List<MemoryPoint> costs(RunRecord run, int batches, int maxChunks) {
        List<MemoryPoint> points = new ArrayList<>();
        for (int k = 0; k < batches; k++) {
            int chunks = Math.min(k, maxChunks - 1) + 1;
            points.add(new MemoryPoint(run.runId(), MemoryProbe.BATCH_SECONDS, k, 0.01 * chunks));
            points.add(new MemoryPoint(run.runId(), MemoryProbe.BATCH_ACTIVATION_BYTES, k, 1024.0 * 1024 * chunks));
        }
        return points;
    }

    @Test
    void chartsShowAFlatLineBesideOneThatGrowsUpToTheCap() throws IOException {
        RunRecord tbptt = MemorySectionTest.run("stateful-tbptt", "chunk=50, streams=32, remainder=keep", 1, 1);
        RunRecord graph = MemorySectionTest.run(
                "stateful-full-graph", "chunk=50, streams=32, max-chunks=4, remainder=keep", 1, 1);
        List<MemoryPoint> memory = new ArrayList<>(costs(tbptt, 6, 1));
        memory.addAll(costs(graph, 6, 4));
        Results results = new Results(
                Optional.empty(), List.of(tbptt, graph), List.of(), memory, List.of(), List.of(), List.of(), List.of());

        Figure<XYChart> seconds = BatchCostCharts.seconds(StrategyPoints.of(results, MemoryProbe.BATCH_SECONDS));
        assertEquals(
                List.of("stateful-tbptt", "stateful-full-graph"),
                List.copyOf(seconds.chart().getSeriesMap().keySet()));
        assertArrayEquals(
                new double[] {0.01, 0.02, 0.03, 0.04, 0.04, 0.04},
                seconds.chart().getSeriesMap().get("stateful-full-graph").getYData(),
                1e-12);
        assertArrayEquals(
                new double[] {0, 1, 2, 3, 4, 5},
                seconds.chart().getSeriesMap().get("stateful-tbptt").getXData(),
                0);
        Figure<XYChart> bytes =
                BatchCostCharts.activationBytes(StrategyPoints.of(results, MemoryProbe.BATCH_ACTIVATION_BYTES));
        assertEquals("Activation cache (MiB)", bytes.chart().getYAxisTitle());
        assertArrayEquals(
                new double[] {1, 1, 1, 1, 1, 1},
                bytes.chart().getSeriesMap().get("stateful-tbptt").getYData(),
                1e-12);

        Element container = Document.createShell("").body();
        new MemorySection(results).fill(container, new FigureSink(dir));
        assertTrue(Files.exists(dir.resolve("batch-seconds.png")));
        assertTrue(Files.exists(dir.resolve("batch-activation-bytes.png")));
    }

    @Test
    void noBatchCostsNoCharts() throws IOException {
        RunRecord tbptt = MemorySectionTest.run("stateful-tbptt", "chunk=50, streams=32, remainder=keep", 1, 1);
        Results results = new Results(
                Optional.empty(),
                List.of(tbptt),
                List.of(),
                List.of(new MemoryPoint(tbptt.runId(), MemoryProbe.ACTIVATION_BYTES_PER_BATCH, 0, 1024)),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        Element container = Document.createShell("").body();
        new MemorySection(results).fill(container, new FigureSink(dir));
        assertFalse(Files.exists(dir.resolve("batch-seconds.png")));
    }
}
