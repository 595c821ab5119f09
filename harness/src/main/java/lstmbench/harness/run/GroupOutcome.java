package lstmbench.harness.run;

import java.util.List;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.TestForecasts;

/**
 * The results-file records of one finished run group (one dataset, strategy and seed over the
 * whole learning-rate grid): a runs.csv row per learning rate, their curves, the chosen run's
 * forecasts (the stretch forecasts.csv keeps), memory probes where they ran, and, with
 * {@code --save-forecasts all}, every test forecast of the chosen run ({@code allForecasts}, empty
 * otherwise).
 */
public record GroupOutcome(
        List<RunRecord> runs,
        List<CurvePoint> curves,
        List<ForecastPoint> forecasts,
        List<MemoryPoint> memory,
        List<TestForecasts> allForecasts) {
    public GroupOutcome {
        runs = List.copyOf(runs);
        curves = List.copyOf(curves);
        forecasts = List.copyOf(forecasts);
        memory = List.copyOf(memory);
        allForecasts = List.copyOf(allForecasts);
    }
}
