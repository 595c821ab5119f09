package lstmbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import lstmbench.report.ResultsFixture;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunId;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

/**
 * Forecast, memory, throughput and data charts checked by their series, points and axes.
 */
class OtherChartsTest {
    private final Results results = ResultsFixture.results();

    @Test
    void forecastStretchShowsTheActualDataAndOneLinePerStrategy() {
        Figure<XYChart> figure = ForecastCharts.testStretch(
                ResultsFixture.CLEAR_DATASET,
                StrategyForecast.of(results, ResultsFixture.CLEAR_DATASET, EvaluationMode.STREAMING),
                50);

        assertEquals(
                List.of("actual", "sliding-window", "chunked-reset", "shuffled", "stateful-tbptt"),
                List.copyOf(figure.chart().getSeriesMap().keySet()));
        figure.chart().getSeriesMap().values().forEach(series -> assertEquals(50, series.getXData().length));
        assertEquals("Value (original scale)", figure.chart().getYAxisTitle());
    }

    @Test
    void forecastsComeFromTheLowestSeedOfTheChosenRuns() {
        List<StrategyForecast> forecasts =
                StrategyForecast.of(results, ResultsFixture.CLOSE_DATASET, EvaluationMode.WINDOWED);

        assertEquals(4, forecasts.size());
        forecasts.forEach(forecast -> assertEquals(1L, forecast.seed()));
        assertEquals(
                ResultsFixture.SERIES_LENGTH - ResultsFixture.VALIDATION_END,
                forecasts.get(0).points().size());
    }

    @Test
    void lagChartMarksWindowAndChunkLengths() {
        Figure<XYChart> figure = MemoryCharts.lagR2(
                StrategyPoints.of(results, MemoryProbe.LAG_R2),
                List.of(new Marker("W = 24", 24), new Marker("T = 48", 48)));

        assertTrue(figure.chart().getSeriesMap().keySet().containsAll(Set.of("W = 24", "T = 48", "stateful-tbptt")));
        assertEquals(8, figure.chart().getSeriesMap().get("stateful-tbptt").getXData().length);
        assertEquals("Planted lag L (time steps)", figure.chart().getXAxisTitle());
        assertTrue(figure.chart().getStyler().isXAxisLogarithmic());
    }

    @Test
    void sensitivityChartAveragesSeedsAndDrawsTheThreshold() {
        Figure<XYChart> figure =
                MemoryCharts.inputSensitivity(StrategyPoints.of(results, MemoryProbe.INPUT_SENSITIVITY));

        assertEquals(21, figure.chart().getSeriesMap().get("chunked-reset").getXData().length);
        assertEquals(1.0, figure.chart().getSeriesMap().get("chunked-reset").getYData()[0], 1e-12);
        assertTrue(figure.chart().getSeriesMap().containsKey(MemoryCharts.ONE_PERCENT));
    }

    @Test
    void bytesChartHasBothMeasurementsInAReadableUnit() {
        Figure<CategoryChart> figure = MemoryCharts.bytes(StrategyBytes.of(results));

        assertEquals(
                Set.of("training input per epoch", "activation cache per batch"),
                figure.chart().getSeriesMap().keySet());
        assertEquals("Size (KiB)", figure.chart().getYAxisTitle());
        assertEquals(
                4,
                figure.chart()
                        .getSeriesMap()
                        .get("training input per epoch")
                        .getXData()
                        .size());
    }

    @Test
    void kernelChartHasOneLinePerSubjectAndBatchAgainstH() {
        Figure<XYChart> figure = ThroughputCharts.kernelThroughput(results.throughput());

        assertEquals(6, figure.chart().getSeriesMap().size());
        assertEquals(4, figure.chart().getSeriesMap().get("kernel, B=32").getXData().length);
        assertTrue(figure.chart().getSeriesMap().containsKey("deeplearning4j, B=128"));
        assertEquals("Hidden size H (units)", figure.chart().getXAxisTitle());
    }

    @Test
    void ratioChartDividesKernelByEachReference() {
        Figure<XYChart> figure = ThroughputCharts.kernelRatios(results.throughput());

        double[] dl4j = figure.chart()
                .getSeriesMap()
                .get("kernel / deeplearning4j, B=32")
                .getYData();
        assertEquals(4, dl4j.length);
        assertEquals(8.0, dl4j[0], 1e-9);
        assertTrue(figure.chart().getSeriesMap().containsKey("kernel GFLOP/s / gemm GFLOP/s, B=32"));
    }

    @Test
    void ratioChartShowsTheKernelAgainstTheDirectCblasCallAsWellAsNd4jsGemm() {
        Figure<XYChart> figure = ThroughputCharts.kernelRatios(results.throughput());
        var series = figure.chart().getSeriesMap();

        assertEquals(3 * 3, series.size(), "deeplearning4j, gemm and cblas_sgemm for each of three B");
        double[] gemm = series.get("kernel GFLOP/s / gemm GFLOP/s, B=32").getYData();
        double[] cblas =
                series.get("kernel GFLOP/s / cblas_sgemm GFLOP/s, B=32").getYData();
        assertArrayEquals(
                new double[] {10, 32, 64, 128},
                series.get("kernel GFLOP/s / cblas_sgemm GFLOP/s, B=32").getXData());
        for (int i = 0; i < gemm.length; i++) {
            assertEquals(gemm[i] / 2, cblas[i], 1e-12, "the fixture's cblas_sgemm runs at twice the gemm's GFLOP/s");
        }
        assertTrue(figure.caption().contains("cblas_sgemm"));
    }

    @Test
    void timestepsChartHasOneBarPerStrategy() {
        Figure<CategoryChart> figure = ThroughputCharts.timestepsPerSecond(results.throughput());

        var series = figure.chart().getSeriesMap().get("timesteps per second (JMH)");
        assertEquals(ResultsFixture.STRATEGIES, series.getXData());
        assertEquals(ResultsFixture.STRATEGIES.size(), series.getExtraValues().size());
        assertTrue(ThroughputCharts.hasTimestepResults(results.throughput()));
    }

    @Test
    void epochChartHasOneBarPerStrategyWithErrorBars() {
        Figure<CategoryChart> figure = ThroughputCharts.secondsPerEpoch(results.throughput());

        var series = figure.chart().getSeriesMap().get("seconds per epoch (JMH)");
        assertEquals(ResultsFixture.STRATEGIES, series.getXData());
        assertEquals(4, series.getExtraValues().size());
        assertEquals("Time per epoch (s)", figure.chart().getYAxisTitle());
    }

    @Test
    void allocationChartHasOneBarPerStrategyInAReadableUnit() {
        Figure<CategoryChart> figure = ThroughputCharts.allocationPerEpoch(results.throughput());

        var series = figure.chart().getSeriesMap().get("allocation per epoch (JMH -prof gc)");
        assertEquals(ResultsFixture.STRATEGIES, series.getXData());
        assertEquals("Allocated per epoch (MiB)", figure.chart().getYAxisTitle());
    }

    @Test
    void perStepAllocationChartHasOneBarPerStrategyInAReadableUnit() {
        Figure<CategoryChart> figure = ThroughputCharts.allocationPerStep(results.throughput());

        var series = figure.chart().getSeriesMap().get("allocation per step (JMH -prof gc / batches)");
        assertEquals(ResultsFixture.STRATEGIES, series.getXData());
        assertEquals(46.875, series.getYData().iterator().next().doubleValue(), 1e-9);
        assertEquals("Allocated per step (KiB)", figure.chart().getYAxisTitle());
        assertTrue(ThroughputCharts.hasStepAllocationResults(results.throughput()));
    }

    @Test
    void dataChartOfTwoMillionPointsDrawsAtMostTheBoundAndKeepsItsSpikes() {
        int n = 2_000_000;
        List<SeriesPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double value = i == 1_234_567 ? 50 : i == 1_800_001 ? -40 : Math.sin(i / 1_000.0);
            points.add(new SeriesPoint(
                    "long", i, value, i < 1_400_000 ? Split.TRAIN : i < 1_700_000 ? Split.VALIDATION : Split.TEST));
        }

        Figure<XYChart> figure = DataCharts.series("long", points);

        var series = figure.chart().getSeriesMap();
        assertEquals(List.of("train", "validation", "test"), List.copyOf(series.keySet()));
        series.values()
                .forEach(s -> assertTrue(
                        s.getXData().length <= Decimation.POINTS_PER_COLUMN * ChartStyle.COLUMNS,
                        s.getName() + " drew " + s.getXData().length));
        int drawn = series.values().stream().mapToInt(s -> s.getXData().length).sum();
        assertTrue(drawn <= DataCharts.MAX_POINTS, "drew " + drawn);
        double[] train = series.get("train").getXData();
        assertEquals(0.0, train[0]);
        assertEquals(1_399_999.0, train[train.length - 1]);
        assertEquals(
                50.0, Arrays.stream(series.get("train").getYData()).max().orElseThrow(), "the training spike is drawn");
        assertEquals(-40.0, Arrays.stream(series.get("test").getYData()).min().orElseThrow(), "the test dip is drawn");
        double[] test = series.get("test").getXData();
        assertEquals(n - 1.0, test[test.length - 1]);
    }

    @Test
    void dataChartOfAShortSeriesDrawsEveryPoint() {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            points.add(new SeriesPoint("short", i, i % 7, i < 200 ? Split.TRAIN : Split.TEST));
        }

        Figure<XYChart> figure = DataCharts.series("short", points);

        assertEquals(200, figure.chart().getSeriesMap().get("train").getXData().length);
        assertEquals(100, figure.chart().getSeriesMap().get("test").getXData().length);
    }

    @Test
    void aLongForecastStretchIsDecimatedForTheActualDataAndEveryStrategy() {
        int n = 500_000;
        List<StrategyForecast> forecasts = new ArrayList<>();
        for (String strategy : List.of("a", "b")) {
            List<ForecastPoint> points = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = 1_000 + i;
                double actual = i == 123_457 ? 9 : Math.sin(i / 100.0);
                double predicted = strategy.equals("b") && i == 400_000 ? -9 : 0.9 * actual;
                points.add(new ForecastPoint(
                        new RunId("run-" + strategy), Split.TEST, index, actual, predicted, EvaluationMode.STREAMING));
            }
            forecasts.add(new StrategyForecast(strategy, 1, points));
        }

        Figure<XYChart> figure = ForecastCharts.testStretch("d", forecasts, n);

        var series = figure.chart().getSeriesMap();
        assertEquals(List.of(ForecastCharts.ACTUAL, "a", "b"), List.copyOf(series.keySet()));
        series.values()
                .forEach(s -> assertTrue(
                        s.getXData().length <= Decimation.POINTS_PER_COLUMN * ChartStyle.COLUMNS,
                        s.getName() + " drew " + s.getXData().length));
        assertEquals(
                9.0,
                Arrays.stream(series.get(ForecastCharts.ACTUAL).getYData())
                        .max()
                        .orElseThrow());
        assertEquals(-9.0, Arrays.stream(series.get("b").getYData()).min().orElseThrow());
        assertEquals(1_000.0, series.get("a").getXData()[0]);
    }

    @Test
    void forecastsOutOfIndexOrderAreRefused() {
        List<ForecastPoint> points = List.of(
                new ForecastPoint(new RunId("r"), Split.TEST, 5, 1, 1, EvaluationMode.STREAMING),
                new ForecastPoint(new RunId("r"), Split.TEST, 4, 1, 1, EvaluationMode.STREAMING));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new StrategyForecast("s", 3, points));

        assertTrue(error.getMessage().contains("index 4 follows 5"), error.getMessage());
    }

    @Test
    void batchCostLinesOfALongEpochAreDecimated() {
        List<MemoryPoint> points = new ArrayList<>();
        for (int k = 0; k < 30_000; k++) {
            points.add(new MemoryPoint(new RunId("r"), MemoryProbe.BATCH_SECONDS, k, k == 20_000 ? 3 : 0.01));
        }

        Figure<XYChart> figure = BatchCostCharts.seconds(List.of(new StrategyPoints("stateful-tbptt", points)));

        double[] y = figure.chart().getSeriesMap().get("stateful-tbptt").getYData();
        assertTrue(y.length <= Decimation.POINTS_PER_COLUMN * ChartStyle.COLUMNS, "drew " + y.length);
        assertEquals(3.0, Arrays.stream(y).max().orElseThrow(), "the slow batch is drawn");
    }

    @Test
    void everyFigureOfTheFixtureSavesAsANonEmptyPng(@TempDir Path dir) throws IOException {
        List<Figure<?>> figures = List.of(
                LossCurveCharts.validationLoss(
                        "d", StrategyCurves.of(results, ResultsFixture.CLEAR_DATASET), CurveAxis.TIMESTEPS),
                MemoryCharts.bytes(StrategyBytes.of(results)),
                MemoryCharts.lagR2(StrategyPoints.of(results, MemoryProbe.LAG_R2), List.of(new Marker("W = 24", 24))),
                ThroughputCharts.kernelThroughput(results.throughput()),
                ThroughputCharts.kernelRatios(results.throughput()),
                ThroughputCharts.secondsPerEpoch(results.throughput()));

        for (Figure<?> figure : figures) {
            Path png = PngFiles.write(figure, dir);
            assertTrue(Files.size(png) > 1000, figure.name());
        }
    }

    @Test
    void everyFigureOfTheReportShowsItsYAxisTitleWholeAndInTheUsualFont() {
        List<Figure<?>> figures = List.of(
                DataCharts.series("d", List.of()),
                ForecastCharts.testStretch(
                        ResultsFixture.CLEAR_DATASET,
                        StrategyForecast.of(results, ResultsFixture.CLEAR_DATASET, EvaluationMode.STREAMING),
                        50),
                LossCurveCharts.validationLoss(
                        "d", StrategyCurves.of(results, ResultsFixture.CLEAR_DATASET), CurveAxis.EPOCHS),
                MemoryCharts.lagR2(StrategyPoints.of(results, MemoryProbe.LAG_R2), List.of()),
                MemoryCharts.inputSensitivity(StrategyPoints.of(results, MemoryProbe.INPUT_SENSITIVITY)),
                MemoryCharts.bytes(StrategyBytes.of(results)),
                ThroughputCharts.kernelThroughput(results.throughput()),
                ThroughputCharts.kernelRatios(results.throughput()),
                ThroughputCharts.secondsPerEpoch(results.throughput()),
                ThroughputCharts.timestepsPerSecond(results.throughput()),
                ThroughputCharts.allocationPerEpoch(results.throughput()),
                ThroughputCharts.allocationPerStep(results.throughput()));
        int usual = new XYChart(10, 10).getStyler().getAxisTitleFont().getSize();

        for (Figure<?> figure : figures) {
            String title = figure.chart().getYAxisTitle();
            assertTrue(!title.endsWith(ChartStyle.ELLIPSIS), figure.name() + ": " + title);
            assertEquals(
                    usual,
                    ((org.knowm.xchart.style.AxesChartStyler) figure.chart().getStyler())
                            .getAxisTitleFont()
                            .getSize(),
                    figure.name() + ": " + title);
        }
    }
}
