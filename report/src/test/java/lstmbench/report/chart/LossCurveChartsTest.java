package lstmbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lstmbench.report.ResultsFixture;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunId;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Loss-curve charts checked by their series, points and axes.
 */
class LossCurveChartsTest {
    private final Results results = ResultsFixture.results();

    @Test
    void eachStrategyHasALineAndABandKeptOutOfTheLegend() {
        Figure<XYChart> figure = LossCurveCharts.validationLoss(
                ResultsFixture.CLEAR_DATASET,
                StrategyCurves.of(results, ResultsFixture.CLEAR_DATASET),
                CurveAxis.EPOCHS);

        for (String strategy : ResultsFixture.STRATEGIES) {
            XYSeries line = figure.chart().getSeriesMap().get(strategy);
            XYSeries band = figure.chart().getSeriesMap().get(strategy + LossCurveCharts.BAND_SUFFIX);
            assertEquals(ResultsFixture.EPOCHS, line.getXData().length, strategy);
            assertEquals(2 * ResultsFixture.EPOCHS, band.getXData().length, strategy);
            assertTrue(line.isShowInLegend());
            assertFalse(band.isShowInLegend());
        }
        assertEquals(8, figure.chart().getSeriesMap().size());
    }

    @Test
    void axesNameWhatIsPlottedWithUnits() {
        List<StrategyCurves> curves = StrategyCurves.of(results, ResultsFixture.CLEAR_DATASET);

        assertEquals(
                "Epoch",
                LossCurveCharts.validationLoss("d", curves, CurveAxis.EPOCHS)
                        .chart()
                        .getXAxisTitle());
        assertEquals(
                "Wall-clock training time (s)",
                LossCurveCharts.validationLoss("d", curves, CurveAxis.WALL_SECONDS)
                        .chart()
                        .getXAxisTitle());
        Figure<XYChart> timesteps = LossCurveCharts.validationLoss("d", curves, CurveAxis.TIMESTEPS);
        assertEquals("Timesteps processed (count)", timesteps.chart().getXAxisTitle());
        assertEquals("Validation MSE (scaled series)", timesteps.chart().getYAxisTitle());
        assertTrue(timesteps.chart().getTitle().contains("timesteps processed"));
        Figure<XYChart> updates = LossCurveCharts.validationLoss("d", curves, CurveAxis.UPDATES);
        assertEquals("Optimiser updates (count)", updates.chart().getXAxisTitle());
        assertTrue(updates.chart().getTitle().contains("optimiser updates"));
    }

    @Test
    void theUpdatesViewPlotsCumulativeUpdates() {
        RunId id = new RunId("r");
        List<CurvePoint> curve = List.of(
                new CurvePoint(id, 1, 0.5, 0.5, 1, 10, 1, 0.5, 7, 7, 0.1),
                new CurvePoint(id, 2, 0.3, 0.3, 2, 20, 1, 0.3, 7, 14, 0.1));
        Figure<XYChart> figure = LossCurveCharts.validationLoss(
                "d", List.of(new StrategyCurves("chunked-reset", List.of(curve))), CurveAxis.UPDATES);

        double[] x = figure.chart().getSeriesMap().get("chunked-reset").getXData();
        assertEquals(7.0, x[0]);
        assertEquals(14.0, x[1]);
    }

    @Test
    void wallClockXIsTheMeanOverSeedsOfEachEpochsTime() {
        Figure<XYChart> figure = LossCurveCharts.validationLoss(
                "d", StrategyCurves.of(results, ResultsFixture.CLEAR_DATASET), CurveAxis.WALL_SECONDS);

        double[] xs = figure.chart().getSeriesMap().get("sliding-window").getXData();
        assertEquals(2.0, xs[0], 1e-12);
        assertEquals(16.0, xs[7], 1e-12);
    }

    @Test
    void lossesSpanningADecadeGetALogarithmicAxis() {
        Figure<XYChart> figure = LossCurveCharts.validationLoss(
                "d", StrategyCurves.of(results, ResultsFixture.CLEAR_DATASET), CurveAxis.EPOCHS);

        assertTrue(figure.chart().getStyler().isYAxisLogarithmic());
    }

    @Test
    void lossesWithinADecadeStayLinear() {
        RunId id = new RunId("r");
        List<CurvePoint> curve = List.of(
                new CurvePoint(id, 1, 0.5, 0.5, 1, 10, 1, 0.5, 5, 5, 0.1),
                new CurvePoint(id, 2, 0.3, 0.3, 2, 20, 1, 0.3, 5, 10, 0.1));
        Figure<XYChart> figure = LossCurveCharts.validationLoss(
                "d", List.of(new StrategyCurves("chunked-reset", List.of(curve))), CurveAxis.EPOCHS);

        assertFalse(figure.chart().getStyler().isYAxisLogarithmic());
    }

    @Test
    void aSingleSeedDrawsNoBand() {
        RunId id = new RunId("r");
        List<CurvePoint> curve = List.of(new CurvePoint(id, 1, 0.5, 0.5, 1, 10, 1, 0.5, 5, 5, 0.1));
        Figure<XYChart> figure = LossCurveCharts.validationLoss(
                "d", List.of(new StrategyCurves("chunked-reset", List.of(curve))), CurveAxis.EPOCHS);

        assertEquals(
                List.of("chunked-reset"),
                List.copyOf(figure.chart().getSeriesMap().keySet()));
    }

    @Test
    void theNanEpochOfADivergedSeedIsLeftOutOfTheBand() {
        RunId ok = new RunId("ok");
        RunId bad = new RunId("bad");
        StrategyCurves curves = new StrategyCurves(
                "shuffled",
                List.of(
                        List.of(
                                new CurvePoint(ok, 1, 1, 0.4, 1, 10, 1, 0.4, 5, 5, 0.1),
                                new CurvePoint(ok, 2, 1, 0.2, 2, 20, 1, 0.2, 5, 10, 0.1)),
                        List.of(
                                new CurvePoint(bad, 1, 1, 0.6, 1, 10, 1, 0.6, 5, 5, 0.1),
                                new CurvePoint(bad, 2, 1, Double.NaN, 2, 20, 1, Double.NaN, 5, 10, 0.1))));

        List<BandPoint> band = curves.band(CurvePoint::epoch, CurvePoint::validationLoss);

        assertEquals(new BandPoint(1, 0.5, 0.4, 0.6, 2), band.get(0));
        assertEquals(new BandPoint(2, 0.2, 0.2, 0.2, 1), band.get(1));
    }
}
