package lstmbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lstmbench.report.results.Results;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.Split;
import lstmbench.report.results.SplitSummary;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Data section's statistics per split come from splits.csv (the harness's numbers over every
 * point) when the folder has it, and are computed from series.csv only in folders without it, where
 * a decimated series.csv is named as a sample.
 */
class DataSectionTest {
    private static final String DATASET = "synthetic:seasonal-ar?lag=4&length=20&seed=3";

    @TempDir
    Path dir;

    /** A decimated series.csv: each split keeps its ends and extremes, not every point. */
    private static final List<SeriesPoint> SAMPLE = List.of(
            point(0, 1, Split.TRAIN),
            point(5, 100, Split.TRAIN),
            point(9, 2, Split.TRAIN),
            point(10, 3, Split.VALIDATION),
            point(14, 4, Split.VALIDATION),
            point(15, 5, Split.TEST),
            point(19, 7, Split.TEST));

    private static SeriesPoint point(int index, double value, Split split) {
        return new SeriesPoint(DATASET, index, value, split);
    }

    private List<List<String>> rows(Element container) {
        return container.select("table tbody tr").stream()
                .map(tr -> tr.select("td").eachText())
                .toList();
    }

    private Element fill(List<SeriesPoint> series, List<SplitSummary> splits) throws IOException {
        Results results =
                new Results(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), series, splits);
        Element container = Document.createShell("").body();
        new DataSection(results).fill(container, new FigureSink(dir));
        return container;
    }

    @Test
    void theStatisticsAreSplitsCsvsWhenTheFolderHasIt() throws IOException {
        List<SplitSummary> splits = List.of(
                new SplitSummary(DATASET, Split.TRAIN, 10, 0, 12.5, 30.25, 1, 100),
                new SplitSummary(DATASET, Split.VALIDATION, 5, 10, 3.5, 0.5, 3, 4),
                new SplitSummary(DATASET, Split.TEST, 5, 15, 6.25, 0.75, 5, 7));

        Element container = fill(SAMPLE, splits);

        assertEquals(
                List.of(
                        List.of("train", "10", "0", "12.5", "30.3", "1", "100"),
                        List.of("validation", "5", "10", "3.5", "0.5", "3", "4"),
                        List.of("test", "5", "15", "6.25", "0.75", "5", "7")),
                rows(container));
        assertEquals(1, container.select("img").size(), "the chart still draws series.csv");
        assertFalse(container.text().contains("decimated sample"), container.text());
    }

    @Test
    void aFolderWithoutSplitsCsvGetsTheStatisticsOfSeriesCsvNamedAsASampleWhenDecimated() throws IOException {
        Element container = fill(SAMPLE, List.of());

        // train: 1, 100, 2 -> mean 103 / 3 = 34.33, sample std sqrt(((1-m)^2 + (100-m)^2 + (2-m)^2) / 2) = 56.87
        assertEquals(
                List.of(
                        List.of("train", "3", "0", "34.3", "56.9", "1", "100"),
                        List.of("validation", "2", "10", "3.5", "0.707", "3", "4"),
                        List.of("test", "2", "15", "6", "1.41", "5", "7")),
                rows(container));
        assertTrue(
                container.text().contains("has no splits.csv")
                        && container.text().contains("decimated sample"),
                container.text());
    }

    @Test
    void aWholeSeriesWithoutSplitsCsvIsNotCalledASample() throws IOException {
        List<SeriesPoint> whole = List.of(
                point(0, 1, Split.TRAIN),
                point(1, 3, Split.TRAIN),
                point(2, 4, Split.VALIDATION),
                point(3, 6, Split.TEST));

        Element container = fill(whole, List.of());

        assertEquals(
                List.of(
                        List.of("train", "2", "0", "2", "1.41", "1", "3"),
                        List.of("validation", "1", "2", "4", "0", "4", "4"),
                        List.of("test", "1", "3", "6", "0", "6", "6")),
                rows(container));
        assertFalse(container.text().contains("decimated sample"), container.text());
    }

    @Test
    void splitsCsvWithoutSeriesCsvStillGivesTheTable() throws IOException {
        Element container = fill(List.of(), List.of(new SplitSummary(DATASET, Split.TEST, 5, 15, 6.25, 0.75, 5, 7)));

        assertEquals(List.of(List.of("test", "5", "15", "6.25", "0.75", "5", "7")), rows(container));
        assertTrue(container.text().contains("series.csv has no points of this dataset"), container.text());
        assertTrue(container.select("img").isEmpty());
    }

    @Test
    void withNeitherFileTheSectionSaysSo() throws IOException {
        assertTrue(fill(List.of(), List.of()).text().contains("series.csv is missing or empty"));
    }
}
