package lstmbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import lstmbench.report.findings.ThroughputComparisonTest;
import lstmbench.report.results.ThroughputRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Throughput section's two tables: the kernel's share of the cblas_sgemm ceiling per shape, and
 * each training epoch's timesteps/s beside the kernel's alone at its shape, with missing counterparts
 * said in the cell.
 */
class ThroughputSectionTest {
    @TempDir
    Path dir;

    private Element fill(List<ThroughputRecord> rows) throws IOException {
        Element container = Document.createShell("").body();
        new ThroughputSection(rows).fill(container, new FigureSink(dir));
        return container;
    }

    private static Element table(Element container, String captionStart) {
        return container.select("table").stream()
                .filter(t -> t.selectFirst("caption").text().startsWith(captionStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table captioned " + captionStart));
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }

    @Test
    void theShareTableHasOneRowPerKernelShape() throws IOException {
        Elements rows = table(fill(ThroughputComparisonTest.ROWS), "Kernel's share of the gemm ceiling")
                .select("tbody tr");

        assertEquals(3, rows.size());
        assertEquals(List.of("32", "1", "50", "0.1 ± 0.01", "18 ± 1.8", "2 ± 0.2", "900%"), cells(rows.get(0)));
        assertEquals(List.of("32", "32", "50", "2 ± 0.2", "20 ± 2", "40 ± 4", "50%"), cells(rows.get(1)));
        assertEquals(
                List.of(
                        "64",
                        "32",
                        "50",
                        "4 ± 0.4",
                        "30 ± 3",
                        "not measured at H=64, B=32",
                        "no ceiling: not measured at H=64, B=32"),
                cells(rows.get(2)));
    }

    @Test
    void rowsWithMediansShowThemAndTheShareIsOfTheMedians() throws IOException {
        // ThroughputComparisonTest.MEDIAN_ROWS: kernel GFLOP/s mean 14, median 20; ceiling 40
        Element row = table(fill(ThroughputComparisonTest.MEDIAN_ROWS), "Kernel's share of the gemm ceiling")
                .selectFirst("tbody tr");

        assertEquals(
                List.of("32", "32", "50", "no kernel s/op row", "14 ± 3.5 (median 20)", "40 ± 10 (median 40)", "50%"),
                cells(row));
    }

    @Test
    void theEpochTableSetsEachEpochBesideTheKernelAtItsShape() throws IOException {
        Elements rows = table(fill(ThroughputComparisonTest.ROWS), "Training epoch against the kernel alone")
                .select("tbody tr");

        assertEquals(4, rows.size());
        assertEquals(
                List.of("stateful-tbptt", "H=32, B=32, T=50", "450000 ± 45000", "800000 ± 80000", "x0.56"),
                cells(rows.get(0)));
        assertEquals(
                List.of(
                        "full-bptt",
                        "H=32, B=1, T=33073",
                        "90000 ± 9000",
                        "no kernel benchmark at H=32, B=1, T=33073",
                        "no kernel counterpart"),
                cells(rows.get(2)));
        assertEquals(
                List.of(
                        "sliding-window",
                        "not recorded (the epoch row names no B and T)",
                        "780000 ± 78000",
                        "shape not recorded",
                        "no kernel counterpart"),
                cells(rows.get(3)));
    }

    @Test
    void withoutKernelRowsThereIsNoShareTable() throws IOException {
        // a single-shot epoch with one measurement iteration: JMH gives no error
        List<ThroughputRecord> epochsOnly = ThroughputComparisonTest.ROWS.stream()
                .filter(r -> r.textParameter("strategy").equals("stateful-tbptt"))
                .map(r -> new ThroughputRecord(
                        r.benchmark(),
                        r.subject(),
                        r.metric(),
                        r.parameters(),
                        r.score(),
                        Double.NaN,
                        Double.NaN,
                        r.unit()))
                .toList();
        Element container = fill(epochsOnly);

        assertTrue(container.select("caption").eachText().stream()
                .noneMatch(c -> c.startsWith("Kernel's share of the gemm ceiling")));
        assertEquals(
                List.of(
                        "stateful-tbptt",
                        "H=32, B=32, T=50",
                        "450000",
                        "no kernel benchmark at H=32, B=32, T=50",
                        "no kernel counterpart"),
                cells(table(container, "Training epoch against the kernel alone")
                        .selectFirst("tbody tr")));
    }
}
