package lstmbench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lstmbench.report.html.FigureSink;
import lstmbench.report.html.ReportPage;
import lstmbench.report.io.AtomicFiles;
import lstmbench.report.io.ResultsLoader;
import lstmbench.report.results.Results;
import org.jsoup.nodes.Document;

/**
 * The report's entry point: renders DIR/report/index.html with its PNG charts from the results
 * files in DIR.
 *
 * <p>Renders a results folder's report. Reads results files only. Needs manifest.json or runs.csv;
 * every other file is optional and its section says when it is missing. Sets
 * {@code java.awt.headless=true} when no display is configured so charts render on servers.
 */
public final class ReportRenderer {
    /** Folder of the page inside a results folder. */
    public static final String REPORT_DIR = "report";
    /** File name of the page. */
    public static final String PAGE = "index.html";

    private ReportRenderer() {}

    /** Loads {@code resultsDir} and writes {@code resultsDir/report/index.html}; returns the page's path. */
    public static Path render(Path resultsDir) throws IOException {
        return render(ResultsLoader.load(resultsDir), resultsDir.resolve(REPORT_DIR));
    }

    /** Writes the page for {@code results} and its charts into {@code reportDir}; returns the page's path. */
    public static Path render(Results results, Path reportDir) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Files.createDirectories(reportDir);
        Document page = ReportPage.build(results, new FigureSink(reportDir));
        page.outputSettings().charset(StandardCharsets.UTF_8);
        byte[] html = ("<!DOCTYPE html>\n" + page.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = reportDir.resolve(PAGE);
        AtomicFiles.write(file, out -> out.write(html));
        return file;
    }
}
