package lstmbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import lstmbench.report.chart.Figure;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * A figure without data or one XChart cannot draw becomes a note on the page, never an exception.
 */
class FigureSinkTest {
    @TempDir
    Path dir;

    private final Element parent = Document.createShell("").body();

    @Test
    void anEmptyChartBecomesANote() throws IOException {
        new FigureSink(dir)
                .add(
                        parent,
                        new Figure<>(
                                "empty", new XYChartBuilder().title("Nothing").build(), "c"));

        assertEquals("No data for \"Nothing\".", parent.select("p.note").text());
        assertTrue(parent.select("figure").isEmpty());
    }

    @Test
    void anUndrawableChartBecomesANote() throws IOException {
        XYChart chart = new XYChartBuilder().title("Negative on log").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.addSeries("s", new double[] {1, 2}, new double[] {-1, 1});

        new FigureSink(dir).add(parent, new Figure<>("bad", chart, "c"));

        assertTrue(
                parent.select("p.note").text().startsWith("The chart \"Negative on log\" could not be drawn"),
                parent.html());
    }

    @Test
    void figuresWithTheSameNameGetDistinctFiles() throws IOException {
        FigureSink sink = new FigureSink(dir);
        for (int i = 0; i < 2; i++) {
            XYChart chart = new XYChartBuilder()
                    .title("t")
                    .xAxisTitle("x")
                    .yAxisTitle("y")
                    .build();
            chart.addSeries("s", new double[] {1, 2}, new double[] {1, 2});
            sink.add(parent, new Figure<>("same", chart, "caption"));
        }

        assertEquals(
                "same.png same-2.png", String.join(" ", parent.select("img").eachAttr("src")));
    }
}
