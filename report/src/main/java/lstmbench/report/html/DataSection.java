package lstmbench.report.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lstmbench.report.chart.DataCharts;
import lstmbench.report.findings.Numbers;
import lstmbench.report.results.Results;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import lstmbench.report.results.SplitSummary;
import org.jsoup.nodes.Element;

/**
 * The Data section: each dataset's series with its splits, and summary statistics per split.
 *
 * <p>The chart draws series.csv. The statistics are splits.csv's, computed by the harness over every
 * point of the series; a folder written before splits.csv existed has them computed from series.csv
 * instead, which of a long series holds only a decimated sample: the section then says that the
 * counts, means and standard deviations describe the sample. Without either file the section says
 * so. One pass splits series.csv by dataset, and each dataset's chart and table take a few linear
 * passes over its points.
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
        if (results.series().isEmpty() && results.splits().isEmpty()) {
            Html.note(container, "No series to show: series.csv is missing or empty.");
            return;
        }
        Map<String, List<SeriesPoint>> pointsByDataset = results.series().stream()
                .collect(Collectors.groupingBy(SeriesPoint::dataset, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<SplitSummary>> summariesByDataset = results.splits().stream()
                .collect(Collectors.groupingBy(SplitSummary::dataset, LinkedHashMap::new, Collectors.toList()));
        Set<String> datasets = new LinkedHashSet<>(pointsByDataset.keySet());
        datasets.addAll(summariesByDataset.keySet());
        for (String dataset : datasets) {
            List<SeriesPoint> points = pointsByDataset.getOrDefault(dataset, List.of());
            Html.heading(container, dataset);
            if (points.isEmpty()) {
                Html.note(container, "series.csv has no points of this dataset, so there is no chart.");
            } else {
                figures.add(container, DataCharts.series(dataset, points));
            }
            Optional<List<SplitSummary>> written = Optional.ofNullable(summariesByDataset.get(dataset));
            List<SplitSummary> summaries = new ArrayList<>(written.orElseGet(() -> fromSeries(dataset, points)));
            summaries.sort(Comparator.comparing(SplitSummary::split));
            Element body = Html.table(
                    container,
                    "Summary statistics per split (original scale)",
                    List.of("Split", "Points", "First index", "Mean", "Std. dev.", "Min", "Max"));
            for (SplitSummary s : summaries) {
                Html.row(
                        body,
                        List.of(
                                s.split().name().toLowerCase(Locale.ROOT),
                                Integer.toString(s.points()),
                                Integer.toString(s.firstIndex()),
                                Numbers.format(s.mean()),
                                Numbers.format(s.std()),
                                Numbers.format(s.min()),
                                Numbers.format(s.max())));
            }
            if (written.isEmpty() && isSample(points)) {
                Html.note(
                        container,
                        "This folder has no splits.csv (it predates that file) and its series.csv keeps only a"
                                + " decimated sample of this series (the first, lowest, highest and last point of"
                                + " each index range), so Points, Mean and Std. dev. above describe that sample, not"
                                + " the series; First index, Min and Max are the series' own.");
            }
        }
    }

    /** The statistics of each split of {@code points}, for folders without splits.csv. */
    private static List<SplitSummary> fromSeries(String dataset, List<SeriesPoint> points) {
        Map<Split, SplitSummary.Accumulator> bySplit = new EnumMap<>(Split.class);
        for (SeriesPoint p : points) {
            bySplit.computeIfAbsent(p.split(), split -> SplitSummary.accumulate(dataset, split))
                    .add(p.index(), p.value());
        }
        return bySplit.values().stream().map(a -> a.summary().orElseThrow()).toList();
    }

    /** Whether some split of {@code points} skips indices between its first and last point (a decimated series.csv). */
    private static boolean isSample(List<SeriesPoint> points) {
        Map<Split, int[]> countFirstLast = new EnumMap<>(Split.class);
        for (SeriesPoint p : points) {
            int[] c = countFirstLast.computeIfAbsent(
                    p.split(), split -> new int[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE});
            c[0]++;
            c[1] = Math.min(c[1], p.index());
            c[2] = Math.max(c[2], p.index());
        }
        return countFirstLast.values().stream().anyMatch(c -> c[0] < (long) c[2] - c[1] + 1);
    }
}
