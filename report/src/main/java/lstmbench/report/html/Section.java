package lstmbench.report.html;

import java.io.IOException;
import org.jsoup.nodes.Element;

/**
 * One section of the report page: an id for its anchor, a heading, and a way to fill in its
 * content.
 *
 * <p>A part of the page; sections never throw for missing optional data, they say it is missing.
 */
public interface Section {
    /** Anchor id, lower-case letters and dashes. */
    String id();

    /** Heading text. */
    String title();

    /** Appends the section's content to {@code container}, saving charts through {@code figures}. */
    void fill(Element container, FigureSink figures) throws IOException;
}
