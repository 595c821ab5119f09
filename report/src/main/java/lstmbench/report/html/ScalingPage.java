package lstmbench.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import lstmbench.report.ReportRenderer;
import lstmbench.report.chart.Figure;
import lstmbench.report.io.AtomicFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page of a scaling benchmark ({@code lstmbench scale}): an introduction, the table of measured
 * rows and the charts, in the report page's style, written as {@code index.html} with the charts'
 * PNGs beside it.
 *
 * @param title        the page's heading
 * @param introduction one paragraph saying what was run and how it was measured
 * @param headers      the table's column headings
 * @param rows         the table's rows, one text cell per heading
 * @param figures      the charts, in page order
 */
public record ScalingPage(
        String title, String introduction, List<String> headers, List<List<String>> rows, List<Figure<?>> figures) {
    public ScalingPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(introduction, "introduction");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        figures = List.copyOf(figures);
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "a row has " + row.size() + " cells for " + headers.size() + " headers: " + row);
            }
        }
    }

    /** Writes {@code reportDir/index.html} and the charts' PNGs, atomically; returns the page's path. */
    public Path write(Path reportDir) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Files.createDirectories(reportDir);
        Document page = Document.createShell("");
        page.title(title);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("style").appendText(ReportPage.STYLE);
        Element body = page.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").text(introduction);
        Element table = Html.table(body, "Measurements, one row per series length", headers);
        rows.forEach(row -> Html.row(table, row));
        FigureSink sink = new FigureSink(reportDir);
        for (Figure<?> figure : figures) {
            sink.add(body, figure);
        }
        page.outputSettings().charset(StandardCharsets.UTF_8);
        byte[] html = ("<!DOCTYPE html>\n" + page.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = reportDir.resolve(ReportRenderer.PAGE);
        AtomicFiles.write(file, out -> out.write(html));
        return file;
    }
}
