package lstmbench.report.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Small helpers for the page's recurring elements: notes, tables, rows; jsoup escapes all text.
 *
 * <p>Page building blocks. Text always goes through jsoup's {@code text()}, which escapes it.
 */
final class Html {
    private Html() {}

    /** A visible note, e.g. for missing data. */
    static Element note(Element parent, String text) {
        return parent.appendElement("p").addClass("note").text(text);
    }

    /** A table with a header row; returns its body. */
    static Element table(Element parent, String caption, List<String> headers) {
        Element table = parent.appendElement("table");
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        headers.forEach(header -> head.appendElement("th").text(header));
        return table.appendElement("tbody");
    }

    /** A row of text cells. */
    static Element row(Element body, List<String> cells) {
        Element row = body.appendElement("tr");
        cells.forEach(cell -> row.appendElement("td").text(cell));
        return row;
    }

    static void heading(Element parent, String text) {
        parent.appendElement("h3").text(text);
    }
}
