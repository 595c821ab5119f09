package lstmbench.report.html;

import lstmbench.report.findings.DatasetFindings;
import lstmbench.report.findings.Findings;
import org.jsoup.nodes.Element;

/**
 * The Findings section: the sentences beyond the verdict (runs without results, lag sweep, reset
 * penalty, runs that ended early, cost per epoch, memory horizon), per dataset.
 *
 * <p>Findings in plain words, computed from the results.
 */
final class FindingsSection implements Section {
    private final Findings findings;

    FindingsSection(Findings findings) {
        this.findings = findings;
    }

    @Override
    public String id() {
        return "findings";
    }

    @Override
    public String title() {
        return "Findings";
    }

    @Override
    public void fill(Element container, FigureSink figures) {
        container
                .appendElement("p")
                .text("Computed from this experiment's results files, beyond the verdict above. "
                        + "Figures are means over seeds.");
        if (!findings.general().isEmpty()) {
            Element list = container.appendElement("ul").addClass("general");
            findings.general().forEach(sentence -> list.appendElement("li").text(sentence));
        }
        for (DatasetFindings dataset : findings.datasets()) {
            if (dataset.sentences().isEmpty()) {
                continue;
            }
            Html.heading(container, dataset.dataset());
            Element list = container.appendElement("ul");
            dataset.sentences().forEach(sentence -> list.appendElement("li").text(sentence));
        }
    }
}
