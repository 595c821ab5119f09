package lstmbench.report.chart;

import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart with the file name it is saved under and the one-line caption that says what to look for.
 *
 * <p>A chart ready for the page.
 *
 * @param name    file name stem of its PNG (letters, digits and dashes)
 * @param chart   the XChart chart, built from typed data
 * @param caption one sentence saying what the chart shows and what to look for
 */
public record Figure<C extends Chart<?, ?>>(String name, C chart, String caption) {
    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(caption, "caption");
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("figure name must be lower-case letters, digits and dashes: " + name);
        }
    }

    public String title() {
        return chart.getTitle();
    }

    /** Whether the chart has no series (nothing was measured for it); such figures are not drawn. */
    public boolean isEmpty() {
        return chart.getSeriesMap().isEmpty();
    }

    public String fileName() {
        return name + ".png";
    }
}
