package lstmbench.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lstmbench.report.ReportRenderer;
import lstmbench.report.ResultsFixture;
import lstmbench.report.results.Machine;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.Results;
import lstmbench.report.results.Shard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's findings section: the page's sentences as Markdown, with the run's date, command and
 * headline chart.
 */
class FindingsMarkdownTest {
    private final Results results = ResultsFixture.results();

    @Test
    void opensWithTheDateAndExactCommandFromTheManifest() {
        String markdown = FindingsMarkdown.markdown(results, Optional.empty(), FindingsMarkdown.Scope.ALL);

        assertTrue(
                markdown.startsWith("Measured on 2026-01-02 03:04 UTC by `" + ResultsFixture.COMMAND
                        + "` (experiment `fixture`, commit `abc1234`, 47 finished runs, 10 minutes on a 2-core"
                        + " AMD EPYC 7B13).\n\n"),
                markdown);
    }

    @Test
    void aResumedRunsDurationIsItsLastSessionsAndAMergedFolderHasNone() {
        Manifest m = results.manifest().orElseThrow();
        Manifest resumed = withCommand(m, m.command() + " --resume", List.of());
        Manifest merged = withCommand(
                m,
                "lstmbench merge out shards/0 shards/1",
                List.of(new Machine(new Shard(0, 2), m.environment(), m.command(), m.startedAt(), m.finishedAt())));

        assertEquals(", 10 minutes on a 2-core AMD EPYC 7B13", FindingsMarkdown.duration(m));
        assertEquals(
                ", 10 minutes in its last session (--resume) on a 2-core AMD EPYC 7B13",
                FindingsMarkdown.duration(resumed));
        assertEquals("", FindingsMarkdown.duration(merged));
    }

    @Test
    void theVerdictsComeFirstThenTheChartThenEverySentenceOfThePage() {
        String markdown =
                FindingsMarkdown.markdown(results, Optional.of("docs/results/fixture.png"), FindingsMarkdown.Scope.ALL);
        Findings findings = FindingsGenerator.findings(results);

        int previous = assertAfter(markdown, "commit `abc1234`, 47 finished runs, 10 minutes on a 2-core", -1);
        for (DatasetFindings dataset : findings.datasets()) {
            Verdict verdict = dataset.verdict();
            previous = assertAfter(
                    markdown,
                    "**On `" + dataset.dataset() + "`:** " + FindingsMarkdown.escape(verdict.headline())
                            + "\n\n| Rank | Strategy | Selected mode |",
                    previous);
            previous = assertAfter(markdown, "| 1 | " + verdict.ranked().get(0).strategy() + " | ", previous);
            previous = assertAfter(markdown, "| - | persistence (last value) |", previous);
            previous = assertAfter(markdown, FindingsMarkdown.escape(verdict.footing()) + "\n", previous);
            for (Answer answer : verdict.answers()) {
                previous = assertAfter(
                        markdown,
                        "- **" + FindingsMarkdown.escape(answer.question().text()) + "** ("
                                + answer.standing().label() + ") **" + FindingsMarkdown.escape(answer.conclusion())
                                + "** "
                                + FindingsMarkdown.escape(answer.evidence()) + "\n",
                        previous);
            }
            for (String note : verdict.notes()) {
                previous = assertAfter(markdown, "- " + FindingsMarkdown.escape(note) + "\n", previous);
            }
        }
        previous = assertAfter(markdown, "](docs/results/fixture.png)\n\n", previous);
        for (String sentence : findings.general()) {
            previous = assertAfter(markdown, "- " + FindingsMarkdown.escape(sentence) + "\n", previous);
        }
        for (DatasetFindings dataset : findings.datasets()) {
            previous = assertAfter(markdown, "**More on `" + dataset.dataset() + "`:**\n\n", previous);
            for (String sentence : dataset.sentences()) {
                previous = assertAfter(markdown, "- " + FindingsMarkdown.escape(sentence) + "\n", previous);
            }
        }
        assertTrue(markdown.endsWith(".\n") && !markdown.endsWith("\n\n"), markdown);
    }

    @Test
    void theTableHasOneRowPerCellListWithEscapedCells() {
        String markdown = FindingsMarkdown.markdown(results, Optional.empty(), FindingsMarkdown.Scope.ALL);
        Verdict verdict = FindingsGenerator.findings(results).datasets().get(0).verdict();

        String row = "| "
                + String.join(
                        " | ",
                        VerdictTable.texts(1, verdict.ranked().get(0)).stream()
                                .map(FindingsMarkdown::escape)
                                .toList())
                + " |\n";
        assertTrue(markdown.contains(row), markdown);
        assertTrue(
                markdown.contains("| "
                        + String.join(
                                " | ",
                                VerdictTable.HEADERS.stream().map(h -> "---").toList()) + " |\n"),
                markdown);
    }

    @Test
    void withoutALagSweepTheHeadlineChartIsTheFirstLossChartOfThePageAndIsLinkedWhenAsked(@TempDir Path dir)
            throws IOException {
        Document page =
                Jsoup.parse(ReportRenderer.render(ResultsFixture.writeTo(dir)).toFile(), "UTF-8");
        Results noSweep = new Results(
                results.manifest(),
                results.runs(),
                results.curves(),
                List.of(),
                results.throughput(),
                results.forecasts(),
                results.series(),
                results.splits());
        String headline = FindingsMarkdown.headlineChart(noSweep).orElseThrow().fileName();

        assertEquals(page.getElementById("loss-curves").selectFirst("img").attr("src"), headline);
        String markdown =
                FindingsMarkdown.markdown(noSweep, Optional.of("docs/results/fixture.png"), FindingsMarkdown.Scope.ALL);
        assertTrue(
                markdown.contains("\n\n![Validation loss vs epochs: " + ResultsFixture.CLEAR_DATASET
                        + "](docs/results/fixture.png)\n\n"),
                markdown);
    }

    @Test
    void forALagSweepTheHeadlineChartIsTheLagChartOfTheMemorySection(@TempDir Path dir) throws IOException {
        Document page =
                Jsoup.parse(ReportRenderer.render(ResultsFixture.writeTo(dir)).toFile(), "UTF-8");

        String headline = FindingsMarkdown.headlineChart(results).orElseThrow().fileName();

        assertEquals(page.getElementById("memory").selectFirst("img").attr("src"), headline);
    }

    @Test
    void theSummaryHasTheExperimentWideFindingsAndPointsToThePageForTheRest() {
        String summary = FindingsMarkdown.markdown(results, Optional.empty(), FindingsMarkdown.Scope.EXPERIMENT);
        Findings findings = FindingsGenerator.findings(results);

        for (String sentence : findings.general()) {
            assertTrue(summary.contains("- " + FindingsMarkdown.escape(sentence) + "\n"), summary);
        }
        assertTrue(summary.contains("Lag sweep: the largest planted lag L"), summary);
        assertFalse(summary.contains("**On `"), summary);
        assertFalse(summary.contains("| Rank |"), summary);
        assertTrue(summary.endsWith("(report/index.html in its results folder).\n"), summary);
    }

    @Test
    void withoutManifestOrCurvesItSaysWhatIsUnknownAndShowsNoChart() {
        Results bare = new Results(
                Optional.empty(), results.runs(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        String markdown =
                FindingsMarkdown.markdown(bare, Optional.of("docs/results/x.png"), FindingsMarkdown.Scope.ALL);

        assertTrue(markdown.startsWith("No manifest.json: the date and command of this run are unknown."), markdown);
        assertFalse(markdown.contains("!["), markdown);
        assertTrue(FindingsMarkdown.headlineChart(bare).isEmpty());
        assertTrue(markdown.contains("stateful-tbptt ranks first"), markdown);
    }

    @Test
    void anUnfinishedExperimentIsNotReadyForTheReadme() {
        Manifest finished = results.manifest().orElseThrow();
        Manifest running = finished.withRuns(finished.runs(), Optional.empty());
        Results partial = new Results(
                Optional.of(running),
                results.runs(),
                results.curves(),
                results.memory(),
                results.throughput(),
                results.forecasts(),
                results.series(),
                results.splits());

        assertTrue(FindingsMarkdown.notFinished(results).isEmpty());
        assertTrue(FindingsMarkdown.notFinished(partial).orElseThrow().contains("has not finished"));
    }

    @Test
    void markdownCharactersInSentencesAreEscaped() {
        assertEquals(
                "csv:my\\_data.csv?column=value&x=\\*1\\* \\<b\\> \\[a\\] \\`x\\`",
                FindingsMarkdown.escape("csv:my_data.csv?column=value&x=*1* <b> [a] `x`"));
    }

    private static int assertAfter(String text, String part, int previous) {
        int at = text.indexOf(part, previous + 1);
        assertTrue(at > previous, "missing or out of order: " + part + "\nin:\n" + text);
        return at;
    }

    /** {@code m} as written by another command line, with the given merged machines. */
    private static Manifest withCommand(Manifest m, String command, List<Machine> machines) {
        return new Manifest(
                m.experiment(),
                m.configuration(),
                m.environment(),
                m.projectVersion(),
                m.gitCommit(),
                m.startedAt(),
                m.finishedAt(),
                m.runs(),
                command,
                m.datasets(),
                m.shard(),
                machines);
    }
}
