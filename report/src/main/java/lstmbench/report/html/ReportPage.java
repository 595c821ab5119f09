package lstmbench.report.html;

import java.io.IOException;
import java.util.List;
import lstmbench.report.findings.Findings;
import lstmbench.report.findings.FindingsGenerator;
import lstmbench.report.results.Results;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Assembles the report page from its sections into one HTML document.
 *
 * <p>The page: heading, contents, then every section in reading order.
 */
public final class ReportPage {
    static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em;
                   color: #222; line-height: 1.45; }
            table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
            caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            tr.baseline td { font-style: italic; background: #fafafa; }
            tr.no-result td, tr.ended-early td:last-child, tr.status-diverged td, tr.status-failed td,
            tr.status-missing td { color: #a40000; }
            figure { margin: 1.5em 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
            td:first-child { white-space: nowrap; }
            table.verdict-table td:nth-child(2) { white-space: nowrap; font-weight: 600; }
            tr.worse-than-persistence td { color: #a40000; }
            p.headline { font-size: 1.05em; font-weight: 600; }
            p.footing { font-size: 0.9em; color: #444; }
            dl.answers dt, dl.glossary dt { font-weight: 600; margin-top: 0.7em; }
            dl.answers dd, dl.glossary dd { margin-left: 1.2em; }
            span.standing { font-size: 0.8em; padding: 0.1em 0.45em; border-radius: 0.3em; margin-right: 0.3em;
                            text-transform: uppercase; letter-spacing: 0.03em; }
            span.standing.clear { background: #e3f4e1; color: #1d5e17; }
            span.standing.not-conclusive { background: #fff3d6; color: #7a5200; }
            span.standing.not-run { background: #eee; color: #555; }
            ul.notes li { margin: 0.3em 0; }
            td span.range { font-size: 0.85em; color: #555; white-space: nowrap; }
            figcaption { font-size: 0.9em; color: #444; }
            p.note { color: #8a5a00; background: #fff8e6; padding: 0.4em 0.7em; }
            pre { background: #f6f6f6; padding: 0.7em; overflow-x: auto; }
            """;

    private ReportPage() {}

    /** The page for {@code results}, with charts saved through {@code figures}. */
    public static Document build(Results results, FigureSink figures) throws IOException {
        String experiment = results.manifest().map(m -> m.experiment()).orElse("experiment");
        Document document = Document.createShell("");
        document.title("lstm-batching-bench report: " + experiment);
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("style").appendText(STYLE);
        Element body = document.body();
        body.appendElement("h1").text("How to batch one long series for an LSTM: " + experiment);
        body.appendElement("p")
                .text("Each strategy cuts the training series into batches differently and "
                        + "handles the hidden state between batches differently; all train the same model on the same "
                        + "data under the same evaluation. This page compares them on "
                        + count(results.datasets().size(), "dataset", "datasets") + ", "
                        + count(results.strategies().size(), "strategy", "strategies") + " and "
                        + count(results.runs().size(), "finished run", "finished runs") + ".");
        Findings findings = FindingsGenerator.findings(results);
        List<Section> sections = List.of(
                new VerdictSection(findings),
                new GlossarySection(),
                new FindingsSection(findings),
                new LossCurvesSection(results),
                new ForecastErrorsSection(results),
                new MemorySection(results),
                new ThroughputSection(results.throughput()),
                new DataSection(results),
                new ReproduceSection(results));
        Element nav = body.appendElement("nav").appendElement("ul");
        sections.forEach(s -> nav.appendElement("li")
                .appendElement("a")
                .attr("href", "#" + s.id())
                .text(s.title()));
        for (Section section : sections) {
            Element container = body.appendElement("section").id(section.id());
            container.appendElement("h2").text(section.title());
            section.fill(container, figures);
        }
        return document;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
