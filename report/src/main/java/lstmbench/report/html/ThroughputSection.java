package lstmbench.report.html;

import java.io.IOException;
import java.util.List;
import lstmbench.report.chart.ThroughputCharts;
import lstmbench.report.findings.Numbers;
import lstmbench.report.results.ThroughputRecord;
import org.jsoup.nodes.Element;

/**
 * The Throughput section: kernel throughput and ratios against H and B, seconds, timesteps/s and
 * allocation per epoch, and the raw JMH rows.
 *
 * <p>Shown in full when throughput.csv has rows; otherwise a note says the benchmarks did not run.
 */
final class ThroughputSection implements Section {
    private final List<ThroughputRecord> records;

    ThroughputSection(List<ThroughputRecord> records) {
        this.records = records;
    }

    @Override
    public String id() {
        return "throughput";
    }

    @Override
    public String title() {
        return "Throughput";
    }

    @Override
    public void fill(Element container, FigureSink figures) throws IOException {
        if (records.isEmpty()) {
            Html.note(
                    container,
                    "Benchmarks were not run for this experiment (no throughput.csv); " + "lstmbench bench runs them.");
            return;
        }
        if (ThroughputCharts.hasKernelResults(records)) {
            figures.add(container, ThroughputCharts.kernelThroughput(records));
            figures.add(container, ThroughputCharts.kernelRatios(records));
        }
        if (ThroughputCharts.hasEpochResults(records)) {
            figures.add(container, ThroughputCharts.secondsPerEpoch(records));
        }
        if (ThroughputCharts.hasTimestepResults(records)) {
            figures.add(container, ThroughputCharts.timestepsPerSecond(records));
        }
        if (ThroughputCharts.hasAllocationResults(records)) {
            figures.add(container, ThroughputCharts.allocationPerEpoch(records));
        }
        if (ThroughputCharts.hasStepAllocationResults(records)) {
            figures.add(container, ThroughputCharts.allocationPerStep(records));
        }
        Element details = container.appendElement("details");
        details.appendElement("summary").text("All benchmark results (" + records.size() + " rows)");
        Element body = Html.table(
                details,
                "JMH results; error is JMH's 99.9% half-interval",
                List.of("Benchmark", "Subject", "Metric", "Parameters", "Score", "Error", "Unit"));
        for (ThroughputRecord r : records) {
            Html.row(
                    body,
                    List.of(
                            r.benchmark(),
                            r.subject().name(),
                            r.metric().name(),
                            r.parameters(),
                            Numbers.format(r.score()),
                            Numbers.format(r.error()),
                            r.unit()));
        }
    }
}
