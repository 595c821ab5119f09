package lstmbench.report.html;

import lstmbench.report.findings.Glossary;
import org.jsoup.nodes.Element;

/**
 * The Words section: the terms the verdict uses, each in one sentence, in terms of what the strategies do.
 */
final class GlossarySection implements Section {
    @Override
    public String id() {
        return "words";
    }

    @Override
    public String title() {
        return "Words used here";
    }

    @Override
    public void fill(Element container, FigureSink figures) {
        Element list = container.appendElement("dl").addClass("glossary");
        for (Glossary term : Glossary.TERMS) {
            list.appendElement("dt").text(term.word());
            list.appendElement("dd").text(term.meaning());
        }
    }
}
