package lstmbench.report.html;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lstmbench.report.chart.DataCharts;
import lstmbench.report.findings.Numbers;
import lstmbench.report.results.Results;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import org.jsoup.nodes.Element;

/**
 * The Data section: each dataset's series with its splits, and summary statistics per split.
 *
 * <p>Needs series.csv; without it the section says so. One pass splits series.csv by dataset, and each
 * dataset's chart and table take a few linear passes over its points.
 */
final class DataSection implements Section {
    private final Results results;

    DataSection(Results results) {
        this.results = results;
    }

    @Override
    public String id() {
        return "data";
    }

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public void fill(Element container, FigureSink figures) throws IOException {
        if (results.series().isEmpty()) {
            Html.note(container, "No series to show: series.csv is missing or empty.");
            return;
        }
        Map<String, List<SeriesPoint>> byDataset = results.series().stream()
                .collect(Collectors.groupingBy(SeriesPoint::dataset, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<SeriesPoint>> entry : byDataset.entrySet()) {
            String dataset = entry.getKey();
            List<SeriesPoint> points = entry.getValue();
            Html.heading(container, dataset);
            figures.add(container, DataCharts.series(dataset, points));
            Element body = Html.table(
                    container,
                    "Summary statistics per split (original scale)",
                    List.of("Split", "Points", "First index", "Mean", "Std. dev.", "Min", "Max"));
            for (Split split : Split.values()) {
                double[] values = points.stream()
                        .filter(p -> p.split() == split)
                        .mapToDouble(SeriesPoint::value)
                        .toArray();
                if (values.length == 0) {
                    continue;
                }
                int first = points.stream()
                        .filter(p -> p.split() == split)
                        .mapToInt(SeriesPoint::index)
                        .min()
                        .orElseThrow();
                Html.row(
                        body,
                        List.of(
                                split.name().toLowerCase(Locale.ROOT),
                                Integer.toString(values.length),
                                Integer.toString(first),
                                Numbers.format(mean(values)),
                                Numbers.format(std(values)),
                                Numbers.format(Arrays.stream(values).min().orElseThrow()),
                                Numbers.format(Arrays.stream(values).max().orElseThrow())));
            }
        }
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double std(double[] values) {
        double mean = mean(values);
        return Math.sqrt(
                Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.length - 1));
    }
}
