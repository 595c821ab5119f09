package lstmbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lstmbench.report.chart.ThroughputCharts;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;
import lstmbench.strategies.StrategyRegistry;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class StrategyEpochTest {
    private static final String BENCHMARK = "lstmbench.harness.bench.StrategyEpoch.epoch";

    @Test
    void benchmarksEveryRegistryStrategyByDefault() throws NoSuchFieldException {
        Param param = StrategyEpoch.Epoch.class.getField("strategy").getAnnotation(Param.class);

        assertEquals(StrategyRegistry.names(), Arrays.asList(param.value()));
    }

    @Test
    void trainsOnTheTrainingPartOfTheQuestionsSeries() {
        // 70% of 47,249 points at the default split
        assertEquals(33_074, StrategyEpoch.TrainingSeries.SCALED.length);
        assertEquals(32, StrategyEpoch.CONFIG.hiddenSize());
    }

    @Test
    void slidingWindowsProcessAboutWTimesTheTimestepsOfChunks() {
        long windows = StrategyEpoch.timestepsPerEpoch("sliding-window");
        long chunks = StrategyEpoch.timestepsPerEpoch("chunked-reset");

        double ratio = (double) windows / chunks;
        assertTrue(ratio > 49 && ratio < 51, "W = 50, ratio " + ratio);
    }

    @Test
    void aTrainingStepIsOneBatchOfThePlan() {
        assertEquals(1, StrategyEpoch.stepsPerEpoch("full-bptt"));
        String chunks = "chunked-reset?chunk=50&batch=8&remainder=drop";
        long chunkCount = StrategyEpoch.timestepsPerEpoch(chunks) / 50;
        assertEquals(
                (chunkCount + 7) / 8,
                StrategyEpoch.stepsPerEpoch(chunks),
                chunkCount + " chunks of 50 in batches of 8");
    }

    @Test
    void theDominantShapeIsTheFullBatchNotTheRemainder() {
        // 33,073 steps in chunks of 50: 20 batches of 32 x 50, then a batch of 21 chunks and a 23-step piece
        assertEquals(new StrategyEpoch.BatchShape(32, 50), StrategyEpoch.dominantShape("chunked-reset"));
        // 32 streams of 1,033 steps: 20 chunks of 50, then 33 steps
        assertEquals(new StrategyEpoch.BatchShape(32, 50), StrategyEpoch.dominantShape("stateful-tbptt"));
        assertEquals(
                new StrategyEpoch.BatchShape(8, 100),
                StrategyEpoch.dominantShape("stateful-tbptt?chunk=100&streams=8"));
        assertEquals(new StrategyEpoch.BatchShape(1, 33_073), StrategyEpoch.dominantShape("full-bptt"));
    }

    @Test
    void anEpochBecomesSecondsTimestepsPerSecondAndBytesRows() {
        Measurement m = new Measurement(
                BENCHMARK,
                Map.of("strategy", "chunked-reset"),
                List.of(0.4, 0.5),
                Optional.of(Estimate.withoutMedian(2e6, 1e4)));
        long timesteps = StrategyEpoch.timestepsPerEpoch("chunked-reset");
        int steps = StrategyEpoch.stepsPerEpoch("chunked-reset");

        List<ThroughputRecord> rows = EpochBenchmarks.STRATEGY_EPOCH.rows(m);

        assertEquals(4, rows.size());
        for (ThroughputRecord r : rows) {
            assertEquals("StrategyEpoch.epoch", r.benchmark());
            assertEquals(BenchmarkSubject.STRATEGY_EPOCH, r.subject());
            assertEquals("chunked-reset", r.textParameter("strategy"));
            assertEquals(timesteps, r.parameter("timesteps").getAsDouble());
            assertEquals(steps, r.parameter("steps").getAsDouble());
            assertEquals(32, r.parameter("H").getAsDouble());
            assertEquals(32, r.parameter("B").getAsDouble());
            assertEquals(50, r.parameter("T").getAsDouble());
        }
        assertEquals(0.45, find(rows, ThroughputMetric.SECONDS_PER_OP).score(), 1e-12);
        assertEquals("s/epoch", find(rows, ThroughputMetric.SECONDS_PER_OP).unit());
        assertEquals(
                (timesteps / 0.4 + timesteps / 0.5) / 2,
                find(rows, ThroughputMetric.TIMESTEPS_PER_SECOND).score(),
                1e-6);
        assertEquals(
                "timesteps/s", find(rows, ThroughputMetric.TIMESTEPS_PER_SECOND).unit());
        assertEquals(2e6, find(rows, ThroughputMetric.ALLOC_BYTES_PER_OP).score());
        assertEquals("B/epoch", find(rows, ThroughputMetric.ALLOC_BYTES_PER_OP).unit());
        assertEquals(
                2e6 / steps, find(rows, ThroughputMetric.ALLOC_BYTES_PER_STEP).score(), 1e-6);
        assertEquals(
                1e4 / steps, find(rows, ThroughputMetric.ALLOC_BYTES_PER_STEP).error(), 1e-9);
        assertEquals("B/step", find(rows, ThroughputMetric.ALLOC_BYTES_PER_STEP).unit());
    }

    @Test
    void theReportsEpochChartsReadTheStrategiesFromTheRows() {
        List<ThroughputRecord> rows = BenchmarkSuite.rows(
                List.of(
                        new Measurement(
                                BENCHMARK,
                                Map.of("strategy", "sliding-window"),
                                List.of(7.0, 7.2),
                                Optional.of(Estimate.withoutMedian(5e8, 1e6))),
                        new Measurement(
                                BENCHMARK,
                                Map.of("strategy", "stateful-tbptt"),
                                List.of(0.2, 0.21),
                                Optional.of(Estimate.withoutMedian(1e7, 1e5)))),
                BenchmarkSuite.DEFAULT_MEMBERS);

        var seconds =
                ThroughputCharts.secondsPerEpoch(rows).chart().getSeriesMap().get("seconds per epoch (JMH)");
        var allocation = ThroughputCharts.allocationPerEpoch(rows)
                .chart()
                .getSeriesMap()
                .get("allocation per epoch (JMH -prof gc)");
        var rates =
                ThroughputCharts.timestepsPerSecond(rows).chart().getSeriesMap().get("timesteps per second (JMH)");

        assertEquals(List.of("sliding-window", "stateful-tbptt"), seconds.getXData());
        assertEquals(7.1, seconds.getYData().iterator().next().doubleValue(), 1e-12);
        assertEquals(List.of("sliding-window", "stateful-tbptt"), allocation.getXData());
        assertEquals(List.of("sliding-window", "stateful-tbptt"), rates.getXData());
    }

    @Test
    void aMeasurementWithoutAStrategyIsAnError() {
        Measurement m = new Measurement(BENCHMARK, Map.of(), List.of(1.0), Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> EpochBenchmarks.STRATEGY_EPOCH.rows(m));
    }

    private static ThroughputRecord find(List<ThroughputRecord> rows, ThroughputMetric metric) {
        return rows.stream().filter(r -> r.metric() == metric).findFirst().orElseThrow();
    }
}
