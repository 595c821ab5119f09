package lstmbench.report.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import lstmbench.report.chart.Figure;
import lstmbench.report.chart.PngFiles;
import org.jsoup.nodes.Element;

/**
 * Saves figures as PNGs beside the page and puts them into the page with caption and alt text.
 *
 * <p>Writes each figure to the report folder (unique file names) and appends a {@code <figure>} with
 * the image and its caption. A figure with no data, or one XChart cannot draw, becomes a visible
 * note instead, so one bad chart never stops the page.
 */
public final class FigureSink {
    private final Path reportDir;
    private final Set<String> used = new HashSet<>();

    public FigureSink(Path reportDir) {
        this.reportDir = reportDir;
    }

    public void add(Element parent, Figure<?> figure) throws IOException {
        if (figure.isEmpty()) {
            Html.note(parent, "No data for \"" + figure.title() + "\".");
            return;
        }
        String name = unique(figure.name());
        Figure<?> named = new Figure<>(name, figure.chart(), figure.caption());
        try {
            PngFiles.write(named, reportDir);
        } catch (RuntimeException undrawable) {
            Html.note(parent, "The chart \"" + figure.title() + "\" could not be drawn: " + undrawable.getMessage());
            return;
        }
        Element element = parent.appendElement("figure");
        element.appendElement("img")
                .attr("src", named.fileName())
                .attr("alt", figure.title())
                .attr("width", "860")
                .attr("height", "460");
        element.appendElement("figcaption").text(figure.caption());
    }

    private String unique(String name) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }
}
