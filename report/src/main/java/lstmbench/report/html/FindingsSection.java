package lstmbench.report.html;

import lstmbench.report.findings.DatasetFindings;
import lstmbench.report.findings.Findings;
import org.jsoup.nodes.Element;

/**
 * The Findings section: the generated sentences, per dataset.
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
        container.appendElement("p").text("Computed from this experiment's results files. Test errors are on the "
                + "original scale with streaming evaluation; ranges are min to max over seeds.");
        if (!findings.general().isEmpty()) {
            Element list = container.appendElement("ul").addClass("general");
            findings.general().forEach(sentence -> list.appendElement("li").text(sentence));
        }
        for (DatasetFindings dataset : findings.datasets()) {
            Html.heading(container, dataset.dataset());
            Element list = container.appendElement("ul");
            dataset.sentences().forEach(sentence -> list.appendElement("li").text(sentence));
        }
    }
}
