package lstmbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lstmbench.report.findings.Question;
import lstmbench.report.findings.VerdictTable;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.Results;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: the fixture's results folder rendered to index.html, checked by the page's content.
 */
class ReportRendererTest {
    @TempDir
    static Path resultsDir;

    static Path page;
    static String html;
    static Document document;

    @BeforeAll
    static void renderTheFixture() throws IOException {
        ResultsFixture.writeTo(resultsDir);
        page = ReportRenderer.render(resultsDir);
        html = Files.readString(page, StandardCharsets.UTF_8);
        document = Jsoup.parse(html);
    }

    @Test
    void thePageIsWrittenIntoTheReportFolderOfTheResults() {
        assertEquals(resultsDir.resolve("report").resolve("index.html"), page);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void sectionsAppearInReadingOrderWithANavigationList() {
        assertEquals(
                List.of(
                        "Verdict",
                        "Words used here",
                        "Findings",
                        "Loss curves",
                        "Forecast errors",
                        "Memory effects",
                        "Throughput",
                        "Data",
                        "Reproduce"),
                document.select("section > h2").eachText());
        assertEquals(9, document.select("nav a[href^=#]").size());
    }

    @Test
    void everyImageIsAPngBesideThePageWithAltTextAndACaption() {
        List<Element> figures = document.select("figure");
        // loss curves: 2 datasets x 4 axes; throughput: kernel, ratios, seconds, timesteps per second,
        // allocation per epoch and per step
        assertEquals(8 + 2 + 3 + 6 + 2, figures.size());
        for (Element figure : figures) {
            Element img = figure.selectFirst("img");
            assertTrue(Files.isRegularFile(page.getParent().resolve(img.attr("src"))), img.attr("src"));
            assertFalse(img.attr("alt").isBlank());
            assertFalse(figure.select("figcaption").text().isBlank());
        }
    }

    @Test
    void theVerdictComesFirstWithARankedTableAndTheAnswersPerDataset() {
        Element verdict = document.getElementById("verdict");
        assertEquals(document.selectFirst("section"), verdict);
        assertEquals(
                List.of(ResultsFixture.CLEAR_DATASET, ResultsFixture.CLOSE_DATASET),
                verdict.select("h3").eachText());
        Element clear = verdict.selectFirst("div.verdict");
        assertTrue(clear.selectFirst("p.headline").text().startsWith("stateful-tbptt ranks first: "), clear.text());
        assertEquals(VerdictTable.HEADERS, clear.select("thead th").eachText());
        List<Element> rows = clear.select("tbody tr");
        assertEquals(ResultsFixture.STRATEGIES.size() + 1, rows.size());
        assertEquals(
                List.of("stateful-tbptt", "chunked-reset", "shuffled", "sliding-window", "persistence (last value)"),
                rows.stream().map(row -> row.child(1).text()).toList());
        assertTrue(rows.get(rows.size() - 1).hasClass("baseline"));
        assertEquals(Question.values().length, clear.select("dl.answers dt").size());
        assertTrue(
                clear.selectFirst("dl.answers").text().contains("Non-overlapping chunks gave the lower test error"),
                clear.text());
        assertTrue(verdict.select("div.verdict")
                        .get(1)
                        .select("span.standing.not-conclusive")
                        .size()
                > 0);
        assertTrue(clear.select("ul.notes").text().contains("at the edge of the grid"), clear.text());
    }

    @Test
    void theWordsTheQuestionsTripOnAreExplained() {
        Element words = document.getElementById("words");
        assertEquals(
                List.of(
                        "sample",
                        "window",
                        "chunk",
                        "batch",
                        "stream",
                        "epoch",
                        "state reset",
                        "detach / truncation",
                        "evaluation mode",
                        "budget",
                        "persistence"),
                words.select("dt").eachText());
        assertEquals(words.select("dt").size(), words.select("dd").size());
    }

    @Test
    void furtherFindingsFollowPerDataset() {
        Element findings = document.getElementById("findings");
        assertEquals(
                List.of(ResultsFixture.CLEAR_DATASET, ResultsFixture.CLOSE_DATASET),
                findings.select("h3").eachText());
        assertTrue(findings.text().contains("Cost per epoch, cheapest first"), findings.text());
    }

    @Test
    void errorTablesHaveEveryStrategyAndPersistenceAsARow() {
        List<Element> tables = document.getElementById("forecast-errors").select("table");
        assertEquals(2, tables.size());
        for (Element table : tables) {
            List<String> firstColumn = table.select("tbody tr td:eq(0)").eachText();
            assertEquals(
                    List.of(
                            "sliding-window",
                            "chunked-reset",
                            "shuffled",
                            "stateful-tbptt",
                            "persistence (last value)"),
                    firstColumn);
            assertTrue(table.select("th").eachText().contains("Reset penalty (windowed / streaming MSE)"));
        }
        assertEquals("x1.40", tables.get(0).select("tbody tr:eq(3) td:eq(7)").text());
    }

    @Test
    void errorCellsShowTheMeanWithTheSeedRangeOnItsOwnLine() {
        Element cell = document.getElementById("forecast-errors").selectFirst("table tbody tr:eq(3) td:eq(2)");
        Element range = cell.selectFirst("br + span.range");

        assertTrue(range != null, cell.outerHtml());
        assertTrue(range.text().matches("\\[[0-9.]+, [0-9.]+\\]"), range.text());
        assertTrue(cell.ownText().matches("[0-9.]+"), cell.ownText());
    }

    @Test
    void theIntroductionCountsWithProperPlurals() {
        assertTrue(
                document.body().text().contains("compares them on 2 datasets, 4 strategies and 47 finished runs."),
                document.select("body > p").first().text());
    }

    @Test
    void theDivergedAndThePendingRunAreShownAsSuch() {
        Element shuffled = document.getElementById("forecast-errors")
                .select("table")
                .get(1)
                .select("tbody tr:eq(2)")
                .first();
        assertTrue(shuffled.hasClass("ended-early"));
        assertTrue(shuffled.text().contains("DIVERGED (seed 3, lr 0.03, epoch 4)"), shuffled.text());
        Element reproduce = document.getElementById("reproduce");
        assertEquals(1, reproduce.select("tr.status-diverged").size());
        assertEquals(1, reproduce.select("tr.status-missing").size());
        assertTrue(reproduce.select("tr.status-missing").text().contains("no results (PENDING in manifest.json)"));
        assertTrue(
                reproduce.text().contains("Runs in runs.csv: 46 OK, 1 DIVERGED, 1 without results."), reproduce.text());
    }

    @Test
    void reproduceShowsTheCommandEnvironmentAndConfiguration() {
        Element reproduce = document.getElementById("reproduce");
        assertEquals(
                ResultsFixture.COMMAND, reproduce.selectFirst("pre.command").text());
        assertTrue(reproduce.text().contains("OpenBLAS 0.3.21"));
        assertTrue(reproduce.text().contains("abc1234"));
        assertTrue(reproduce.selectFirst("pre.configuration").text().contains("\"epochs\" : 8"));
    }

    @Test
    void textFromResultsIsEscaped() {
        assertTrue(document.select("script").isEmpty());
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
    }

    @Test
    void dataSectionHasSummaryStatisticsPerSplit() {
        Element table = document.getElementById("data").selectFirst("table");
        assertEquals(
                List.of("train", "validation", "test"),
                table.select("tbody tr td:eq(0)").eachText());
        assertEquals(
                List.of("420", "90", "90"), table.select("tbody tr td:eq(1)").eachText());
    }

    @Test
    void renderingLeavesNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(page.getParent())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void missingOptionalFilesGiveNotesInsteadOfErrors(@TempDir Path dir) throws IOException {
        Results fixture = ResultsFixture.results();
        ResultsFiles.RUNS.write(dir, fixture.runs());

        Document minimal = Jsoup.parse(ReportRenderer.render(dir).toFile(), "UTF-8");

        assertTrue(minimal.getElementById("memory").text().contains("no memory.csv"));
        assertTrue(minimal.getElementById("throughput").text().contains("no throughput.csv"));
        assertTrue(minimal.getElementById("loss-curves").text().contains("curves.csv is missing"));
        assertTrue(minimal.getElementById("data").text().contains("series.csv is missing"));
        assertTrue(minimal.getElementById("reproduce").text().contains("No manifest.json"));
        assertTrue(minimal.select("figure").isEmpty());
        assertFalse(minimal.getElementById("findings").select("li").isEmpty());
        assertFalse(minimal.getElementById("verdict").select("tbody tr").isEmpty());
    }

    @Test
    void anExperimentWithOnlyAManifestRendersAPageSayingNothingFinished(@TempDir Path dir) throws IOException {
        ManifestFile.write(dir, ResultsFixture.results().manifest().orElseThrow());

        Document early = Jsoup.parse(ReportRenderer.render(dir).toFile(), "UTF-8");

        assertTrue(early.getElementById("findings").text().contains("No run has finished yet"));
        assertTrue(early.getElementById("verdict").text().contains("No run has finished yet, so there is no verdict."));
        assertTrue(early.getElementById("reproduce").text().contains("Runs in runs.csv: 48 without results."));
        assertTrue(early.getElementById("findings").text().contains("and 43 more (see Reproduce)"));
    }
}
