package lstmbench.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lstmbench.harness.config.ExperimentLoader;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import lstmbench.report.results.SplitSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * series.csv's rows: a series up to SERIES_WHOLE_POINTS is written whole; a longer one is decimated
 * per split to at most four real points per index range, keeping every split's extremes and ends.
 * splits.csv's rows summarise every point of each split whether or not series.csv is decimated.
 */
class SeriesPointsTest {
    private static ExperimentPlan plan(Path dir, int length) throws IOException {
        Path yaml = dir.resolve("e.yaml");
        Files.writeString(yaml, """
                name: series
                datasets:
                  - "synthetic:seasonal-ar?lag=4&length=%d&seed=3"
                strategies:
                  - "stateful-tbptt?chunk=50&streams=8"
                model: {hiddenSize: 4, layers: 1}
                learningRates: [0.01]
                epochs: 1
                seeds: [1]
                evaluation: {window: 8}
                """.formatted(length));
        return ExperimentPlan.prepare(ExperimentLoader.load(yaml.toString()));
    }

    @Test
    void aShortSeriesIsWrittenWhole(@TempDir Path dir) throws IOException {
        ExperimentPlan plan = plan(dir, 5000);
        List<SeriesPoint> rows = ExperimentRunner.seriesPoints(plan);
        assertEquals(5000, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i, rows.get(i).index());
            assertEquals(plan.datasets().get(0).series().value(i), rows.get(i).value());
        }
    }

    @Test
    void aLongSeriesKeepsEachSplitsExtremesAndEndsInFewRows(@TempDir Path dir) throws IOException {
        int n = 400_000;
        ExperimentPlan plan = plan(dir, n);
        var dataset = plan.datasets().get(0);
        List<SeriesPoint> rows = ExperimentRunner.seriesPoints(plan);
        assertTrue(
                rows.size() <= 4 * (ExperimentRunner.SERIES_COLUMNS + 3),
                rows.size() + " rows for " + ExperimentRunner.SERIES_COLUMNS + " ranges");
        int[] bounds = {0, dataset.data().validationStart(), dataset.data().testStart(), n};
        Split[] splits = {Split.TRAIN, Split.VALIDATION, Split.TEST};
        for (int s = 0; s < 3; s++) {
            Split split = splits[s];
            List<SeriesPoint> part =
                    rows.stream().filter(p -> p.split() == split).toList();
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (int i = bounds[s]; i < bounds[s + 1]; i++) {
                min = Math.min(min, dataset.series().value(i));
                max = Math.max(max, dataset.series().value(i));
            }
            assertEquals(bounds[s], part.get(0).index(), split + " starts at its first point");
            assertEquals(bounds[s + 1] - 1, part.get(part.size() - 1).index(), split + " ends at its last point");
            double keptMin = part.stream().mapToDouble(SeriesPoint::value).min().orElseThrow();
            double keptMax = part.stream().mapToDouble(SeriesPoint::value).max().orElseThrow();
            assertEquals(min, keptMin, split + " minimum");
            assertEquals(max, keptMax, split + " maximum");
            for (int k = 0; k < part.size(); k++) {
                SeriesPoint p = part.get(k);
                assertEquals(dataset.series().value(p.index()), p.value(), "a real point at its index");
                if (k > 0) {
                    assertTrue(p.index() > part.get(k - 1).index(), "indices increase");
                }
            }
        }
    }

    @Test
    void aLongSeriesGetsSplitStatisticsOverEveryPointWhileSeriesCsvIsDecimated(@TempDir Path dir) throws IOException {
        int n = 400_000;
        ExperimentPlan plan = plan(dir, n);
        var dataset = plan.datasets().get(0);
        List<SeriesPoint> rows = ExperimentRunner.seriesPoints(plan);
        List<SplitSummary> summaries = ExperimentRunner.splitSummaries(plan);

        assertTrue(rows.size() < n / 10, "series.csv is decimated: " + rows.size() + " rows of " + n);
        int[] bounds = {0, dataset.data().validationStart(), dataset.data().testStart(), n};
        Split[] splits = {Split.TRAIN, Split.VALIDATION, Split.TEST};
        assertEquals(
                List.of(splits), summaries.stream().map(SplitSummary::split).toList());
        for (int s = 0; s < 3; s++) {
            SplitSummary summary = summaries.get(s);
            // the estimator the report used on series.csv: two passes, sample standard deviation (n - 1)
            int from = bounds[s], to = bounds[s + 1], count = to - from;
            double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double v = dataset.series().value(i);
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double mean = sum / count, squares = 0;
            for (int i = from; i < to; i++) {
                squares +=
                        (dataset.series().value(i) - mean) * (dataset.series().value(i) - mean);
            }
            double std = Math.sqrt(squares / (count - 1));

            assertEquals(dataset.loadedSpec(), summary.dataset(), "the dataset as series.csv names it");
            assertEquals(rows.get(0).dataset(), summary.dataset());
            assertEquals(count, summary.points(), splits[s] + " counts every point");
            assertEquals(from, summary.firstIndex(), splits[s] + " first index");
            assertEquals(mean, summary.mean(), 1e-9 * Math.max(1, Math.abs(mean)), splits[s] + " mean");
            assertEquals(std, summary.std(), 1e-9 * std, splits[s] + " standard deviation");
            assertEquals(min, summary.min(), splits[s] + " minimum");
            assertEquals(max, summary.max(), splits[s] + " maximum");

            Split split = splits[s];
            double[] kept = rows.stream()
                    .filter(p -> p.split() == split)
                    .mapToDouble(SeriesPoint::value)
                    .toArray();
            assertTrue(kept.length < count, split + ": series.csv keeps " + kept.length + " of " + count);
        }
    }

    @Test
    void aShortSeriesGetsTheSameSplitStatisticsAsItsWholeSeriesCsv(@TempDir Path dir) throws IOException {
        ExperimentPlan plan = plan(dir, 5000);
        List<SeriesPoint> rows = ExperimentRunner.seriesPoints(plan);
        List<SplitSummary> summaries = ExperimentRunner.splitSummaries(plan);
        assertEquals(3, summaries.size());
        assertEquals(
                rows.size(), summaries.stream().mapToInt(SplitSummary::points).sum());
        for (SplitSummary summary : summaries) {
            List<SeriesPoint> part =
                    rows.stream().filter(p -> p.split() == summary.split()).toList();
            assertEquals(part.size(), summary.points());
            assertEquals(part.get(0).index(), summary.firstIndex());
            assertEquals(
                    part.stream().mapToDouble(SeriesPoint::value).average().orElseThrow(),
                    summary.mean(),
                    1e-12 * Math.max(1, Math.abs(summary.mean())));
        }
    }
}
