package lstmbench.harness.run;

import java.util.ArrayList;
import java.util.List;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.RunRecord;

/**
 * The results-file records of one finished run group (one dataset, strategy and seed over the
 * whole learning-rate grid): a runs.csv row per learning rate, their curves, the chosen run's
 * forecasts, and memory probes where they ran.
 */
public record GroupOutcome(
        List<RunRecord> runs, List<CurvePoint> curves, List<ForecastPoint> forecasts, List<MemoryPoint> memory) {
    public GroupOutcome {
        runs = List.copyOf(runs);
        curves = List.copyOf(curves);
        forecasts = List.copyOf(forecasts);
        memory = List.copyOf(memory);
    }

    public static GroupOutcome empty() {
        return new GroupOutcome(List.of(), List.of(), List.of(), List.of());
    }

    public GroupOutcome plus(GroupOutcome other) {
        List<RunRecord> r = new ArrayList<>(runs);
        r.addAll(other.runs);
        List<CurvePoint> c = new ArrayList<>(curves);
        c.addAll(other.curves);
        List<ForecastPoint> f = new ArrayList<>(forecasts);
        f.addAll(other.forecasts);
        List<MemoryPoint> m = new ArrayList<>(memory);
        m.addAll(other.memory);
        return new GroupOutcome(r, c, f, m);
    }
}
