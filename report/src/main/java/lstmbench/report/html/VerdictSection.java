package lstmbench.report.html;

import java.util.List;
import java.util.Locale;
import lstmbench.report.findings.Answer;
import lstmbench.report.findings.DatasetFindings;
import lstmbench.report.findings.Findings;
import lstmbench.report.findings.Verdict;
import lstmbench.report.findings.VerdictRow;
import lstmbench.report.findings.VerdictTable;
import org.jsoup.nodes.Element;

/**
 * The Verdict section, first on the page: per dataset, the strategies ranked by test error in their
 * selected mode with cost and persistence, then the batching questions answered from those numbers.
 *
 * <p>The same verdicts, table cells and answer texts the README section prints ({@link VerdictTable},
 * {@code FindingsMarkdown}).
 */
final class VerdictSection implements Section {
    private final Findings findings;

    VerdictSection(Findings findings) {
        this.findings = findings;
    }

    @Override
    public String id() {
        return "verdict";
    }

    @Override
    public String title() {
        return "Verdict";
    }

    @Override
    public void fill(Element container, FigureSink figures) {
        if (findings.datasets().isEmpty()) {
            Html.note(container, "No run has finished yet, so there is no verdict.");
            return;
        }
        for (DatasetFindings dataset : findings.datasets()) {
            Verdict verdict = dataset.verdict();
            Element block = container.appendElement("div").addClass("verdict");
            Html.heading(block, verdict.dataset());
            block.appendElement("p").addClass("headline").text(verdict.headline());
            if (!verdict.ranked().isEmpty() || !verdict.untested().isEmpty()) {
                table(block, verdict);
            }
            block.appendElement("p").addClass("footing").text(verdict.footing());
            Element answers = block.appendElement("dl").addClass("answers");
            for (Answer answer : verdict.answers()) {
                answers.appendElement("dt").text(answer.question().text());
                Element text = answers.appendElement("dd");
                text.appendElement("span")
                        .addClass("standing")
                        .addClass(answer.standing()
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '-'))
                        .text(answer.standing().label());
                text.appendElement("strong").text(answer.conclusion());
                text.appendText(" " + answer.evidence());
            }
            if (!verdict.notes().isEmpty()) {
                Element notes = block.appendElement("ul").addClass("notes");
                verdict.notes().forEach(note -> notes.appendElement("li").text(note));
            }
        }
    }

    private static void table(Element block, Verdict verdict) {
        Element body = Html.table(
                block, "Ranked by test MSE in each strategy's selected mode, lowest first", VerdictTable.HEADERS);
        body.parent().addClass("verdict-table");
        List<VerdictRow> ranked = verdict.ranked();
        for (int i = 0; i < ranked.size(); i++) {
            Element row = body.appendElement("tr");
            for (VerdictTable.Cell cell : VerdictTable.cells(i + 1, ranked.get(i))) {
                Element td = row.appendElement("td").text(cell.main());
                if (!cell.qualifier().isEmpty()) {
                    td.appendElement("br");
                    td.appendElement("span").addClass("range").text(cell.qualifier());
                }
            }
            if (ranked.get(i).worseThanPersistence()) {
                row.addClass("worse-than-persistence");
            }
        }
        verdict.persistenceMse()
                .ifPresent(p -> Html.row(body, VerdictTable.persistenceCells(p)).addClass("baseline"));
        verdict.untested()
                .forEach(strategy ->
                        Html.row(body, VerdictTable.untestedCells(strategy)).addClass("no-result"));
    }
}
