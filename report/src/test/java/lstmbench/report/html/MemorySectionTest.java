package lstmbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import lstmbench.report.ResultsFixture;
import lstmbench.report.chart.LagMarkers;
import lstmbench.report.chart.Marker;
import lstmbench.report.results.EpochCost;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.RecordedErrors;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunSetup;
import lstmbench.report.results.RunStatus;
import lstmbench.report.results.TestMetrics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Memory effects section marks W and T read from strategy parameters as the harness writes them
 * (the strategy's own keys joined by ", ") and shows the reset penalty and the bytes per strategy.
 */
class MemorySectionTest {
    @TempDir
    Path dir;

    static RecordedErrors mse(double mse) {
        return new RecordedErrors(mse, 0.5, mse, 0.5, 1.0);
    }

    static RunRecord run(String strategy, String parameters, double streaming, double windowed) {
        RunSetup setup = new RunSetup("memory", "synthetic:seasonal-ar?lag=64", strategy, parameters, 1, 0.01);
        return new RunRecord(
                setup.runId(),
                setup,
                true,
                RunStatus.OK,
                3,
                "",
                1.0,
                1.0,
                Optional.of(new TestMetrics(mse(streaming), mse(windowed), mse(2.0))),
                OptionalInt.of(70),
                new EpochCost(0.5, 1000, 2 * 1024 * 1024),
                ResultsFixture.protocol(3, EvaluationMode.STREAMING));
    }

    @Test
    void wAndTAreReadFromTheStrategiesOwnParameterKeys() {
        assertEquals(OptionalDouble.of(16), LagMarkers.window("window=16, batch=32, remainder=keep"));
        assertEquals(OptionalDouble.of(24), LagMarkers.window("unit=windows, length=24, batch=32, order=shuffled"));
        assertEquals(OptionalDouble.empty(), LagMarkers.window("unit=chunks, length=24, batch=32, order=shuffled"));
        assertEquals(OptionalDouble.of(50), LagMarkers.chunk("chunk=50, streams=8, remainder=keep"));
        assertEquals(OptionalDouble.of(30), LagMarkers.chunk("k1=10, k2=30, streams=4, remainder=keep"));
        assertEquals(OptionalDouble.of(24), LagMarkers.chunk("unit=chunks, length=24, batch=32, order=series"));
        assertEquals(OptionalDouble.empty(), LagMarkers.chunk("window=16, batch=32, remainder=keep"));
        assertEquals(OptionalDouble.of(48), LagMarkers.chunk("T=48, B=8"));
        assertEquals(OptionalDouble.empty(), LagMarkers.chunk(""));

        List<Marker> markers = LagMarkers.of(List.of(
                run("full-bptt", "", 1, 1),
                run("sliding-window", "window=32, batch=32, remainder=keep", 1, 1),
                run("stateful-tbptt", "chunk=64, streams=16, remainder=keep", 1, 1)));
        assertEquals(List.of(32.0, 64.0), markers.stream().map(Marker::x).toList());
        assertTrue(markers.get(0).label().startsWith("W = 32"));
        assertTrue(markers.get(1).label().startsWith("T = 64"));
    }

    @Test
    void theSectionShowsTheResetPenaltyAndTheBytesOfEachStrategy() throws IOException {
        RunRecord sliding = run("sliding-window", "window=32, batch=32, remainder=keep", 2.0, 1.0);
        RunRecord stateful = run("stateful-tbptt", "chunk=64, streams=16, remainder=keep", 1.0, 1.5);
        List<MemoryPoint> memory = List.of(
                new MemoryPoint(sliding.runId(), MemoryProbe.ACTIVATION_BYTES_PER_BATCH, 0, 1024 * 1024),
                new MemoryPoint(sliding.runId(), MemoryProbe.PEAK_HEAP_BYTES, 0, 64 * 1024 * 1024),
                new MemoryPoint(sliding.runId(), MemoryProbe.INPUT_SENSITIVITY, 0, 1.0),
                new MemoryPoint(stateful.runId(), MemoryProbe.ACTIVATION_BYTES_PER_BATCH, 0, 3 * 1024 * 1024),
                new MemoryPoint(stateful.runId(), MemoryProbe.INPUT_SENSITIVITY, 0, 1.0));
        Results results = new Results(
                Optional.empty(),
                List.of(sliding, stateful),
                List.of(),
                memory,
                List.of(),
                List.of(),
                List.of(),
                List.of());
        Element container = Document.createShell("").body();
        new MemorySection(results).fill(container, new FigureSink(dir));

        Element table = container.select("table").stream()
                .filter(t -> t.text().contains("Reset penalty"))
                .findFirst()
                .orElseThrow();
        List<String> rows = table.select("tbody tr").eachText();
        assertEquals(List.of("sliding-window x0.50 2 1 64", "stateful-tbptt x1.50 2 3 not measured"), rows);
    }

    @Test
    void theLagSweepTableHasOneColumnPerPlantedLagWithR2AndHorizon() throws IOException {
        RunRecord sliding = run("sliding-window", "window=32, batch=32, remainder=keep", 2.0, 1.0);
        RunRecord stateful = run("stateful-tbptt", "chunk=64, streams=16, remainder=keep", 1.0, 1.5);
        List<MemoryPoint> memory = List.of(
                new MemoryPoint(sliding.runId(), MemoryProbe.LAG_R2, 64, 0.1),
                new MemoryPoint(sliding.runId(), MemoryProbe.INPUT_SENSITIVITY, 0, 1.0),
                new MemoryPoint(sliding.runId(), MemoryProbe.INPUT_SENSITIVITY, 256, 0.5),
                new MemoryPoint(stateful.runId(), MemoryProbe.LAG_R2, 64, 0.8),
                new MemoryPoint(stateful.runId(), MemoryProbe.INPUT_SENSITIVITY, 0, 1.0),
                new MemoryPoint(stateful.runId(), MemoryProbe.INPUT_SENSITIVITY, 256, 0.001));
        Results results = new Results(
                Optional.empty(),
                List.of(sliding, stateful),
                List.of(),
                memory,
                List.of(),
                List.of(),
                List.of(),
                List.of());
        Element container = Document.createShell("").body();
        new MemorySection(results).fill(container, new FigureSink(dir));

        Element table = container.select("table").stream()
                .filter(t -> t.text().contains("Lag sweep"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Strategy", "Largest L with R^2 >= 0.5", "L = 64"),
                table.select("thead th").eachText());
        // run() gives every run horizon 70: within the stateful curve's K = 256, so not censored
        assertEquals(
                List.of("sliding-window none 0.1 / 70", "stateful-tbptt 64 0.8 / 70"),
                table.select("tbody tr").eachText());
        Element penalties = container.select("table").stream()
                .filter(t -> t.text().contains("Lag sweep: reset penalty"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("sliding-window x0.50", "stateful-tbptt x1.50"),
                penalties.select("tbody tr").eachText());
    }
}
