// The Memory effects section: lag R^2 with W and T marked, input-sensitivity decay, memory horizon and bytes.
package lstmbench.report.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import lstmbench.report.chart.Marker;
import lstmbench.report.chart.MemoryCharts;
import lstmbench.report.chart.StrategyBytes;
import lstmbench.report.chart.StrategyPoints;
import lstmbench.report.findings.Numbers;
import lstmbench.report.findings.RunMetric;
import lstmbench.report.findings.SeedSpread;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.ParameterText;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import org.jsoup.nodes.Element;

/** Shown in full when memory.csv has rows; otherwise a note says the probes did not run. */
final class MemorySection implements Section {
    private final Results results;

    MemorySection(Results results) {
        this.results = results;
    }

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public String title() {
        return "Memory effects";
    }

    @Override
    public void fill(Element container, FigureSink figures) throws IOException {
        if (results.memory().isEmpty()) {
            Html.note(container, "Memory probes were not run in this experiment (no memory.csv); "
                    + "the memory-sweep preset runs them.");
            return;
        }
        List<StrategyPoints> lag = StrategyPoints.of(results, MemoryProbe.LAG_R2);
        if (!lag.isEmpty()) {
            figures.add(container, MemoryCharts.lagR2(lag, markers()));
        }
        List<StrategyPoints> sensitivity = StrategyPoints.of(results, MemoryProbe.INPUT_SENSITIVITY);
        if (!sensitivity.isEmpty()) {
            figures.add(container, MemoryCharts.inputSensitivity(sensitivity));
        }
        horizons(container);
        figures.add(container, MemoryCharts.bytes(StrategyBytes.of(results)));
    }

    private void horizons(Element container) {
        Element body = Html.table(container, "Memory horizon: steps back until input sensitivity stays below 1% of "
                + "its peak (runs chosen for testing, all datasets)", List.of("Strategy", "Runs", "Mean (steps)",
                "Min", "Max"));
        for (String strategy : results.strategies()) {
            List<RunRecord> chosen = results.runs().stream()
                    .filter(run -> run.strategy().equals(strategy) && run.chosenForTest()).toList();
            SeedSpread spread = SeedSpread.of(chosen.stream().mapToDouble(RunMetric.MEMORY_HORIZON::of).toArray());
            Html.row(body, spread.isEmpty() ? List.of(strategy, "0", "not measured", "-", "-")
                    : List.of(strategy, Integer.toString(spread.n()), Numbers.format(spread.mean()),
                            Numbers.format(spread.min()), Numbers.format(spread.max())));
        }
    }

    private List<Marker> markers() {
        List<Marker> markers = new ArrayList<>();
        first("W").ifPresent(w -> markers.add(new Marker("W = " + Numbers.format(w) + " (window length)", w)));
        first("T").ifPresent(t -> markers.add(new Marker("T = " + Numbers.format(t) + " (chunk length)", t)));
        return markers;
    }

    private OptionalDouble first(String parameter) {
        return results.runs().stream()
                .map(run -> ParameterText.number(run.setup().strategyParameters(), parameter))
                .filter(OptionalDouble::isPresent).findFirst().orElse(OptionalDouble.empty());
    }
}
