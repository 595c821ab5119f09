package lstmbench.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import lstmbench.report.ReportRenderer;
import lstmbench.report.ResultsFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * In a real browser: headless Chromium loads a rendered report page; every image must load and the
 * console stay clean.
 *
 * <p>Renders the fixture's results folder under {@code target/browser-test/} (kept after the run, so
 * the screenshot can be looked at) and loads the page in headless Chromium through the DevTools
 * protocol. Without Chromium it is reported as skipped with a loud message, unless required
 * ({@code LSTMBENCH_BROWSER=require} or {@code -Dlstmbench.browser=require}, as .ci/run sets), when it
 * FAILS saying how to install it; {@code skip} skips it on purpose. {@code -Dlstmbench.browser.results=DIR} also checks the
 * page an experiment wrote to {@code DIR/report/index.html}, as {@code .ci/run} does for results/quick.
 */
class BrowserPageTest {
    static final String SCREENSHOT = "browser-screenshot.png";
    private static final Path WORK = Path.of("target", "browser-test").toAbsolutePath();

    private static Chromium chromium;

    @BeforeAll
    static void startChromium() throws IOException, InterruptedException {
        String mode = Optional.ofNullable(System.getProperty("lstmbench.browser"))
                .orElse(Optional.ofNullable(System.getenv("LSTMBENCH_BROWSER")).orElse("auto"));
        Assumptions.assumeFalse("skip".equals(mode), "browser test skipped on request (lstmbench.browser=skip)");
        Optional<Path> binary = Chromium.find();
        if (binary.isEmpty() && "require".equals(mode)) {
            throw new AssertionError("Chromium not found, and the browser test is required (LSTMBENCH_BROWSER=require):"
                    + " install it (Debian: apt-get install -y chromium) or set " + Chromium.BINARY_VARIABLE
                    + "=/path/to/chrome.");
        }
        String skipped = "BROWSER TEST SKIPPED: Chromium not found (Debian: apt-get install -y chromium, or set "
                + Chromium.BINARY_VARIABLE + "); CI requires it with LSTMBENCH_BROWSER=require";
        if (binary.isEmpty()) {
            System.err.println(skipped);
        }
        Assumptions.assumeTrue(binary.isPresent(), skipped);
        chromium = Chromium.start(binary.get());
    }

    @AfterAll
    static void stopChromium() throws IOException, InterruptedException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theRenderedFixturePageLoadsEveryImageWithoutConsoleErrors() throws Exception {
        Path page = renderFixture("fixture");

        PageCheck check = chromium.load(page, page.resolveSibling(SCREENSHOT));

        check.assertClean();
        int imgElements = Jsoup.parse(page.toFile(), "UTF-8").select("img").size();
        assertEquals(imgElements, check.images().size());
        assertTrue(
                check.images().stream().allMatch(image -> image.naturalWidth() >= 800),
                check.images().toString());
        assertIsPng(check.screenshot());
    }

    @Test
    void aPageWithAMissingPngFailsTheCheck() throws Exception {
        Path page = renderFixture("missing-png");
        String missing = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("img").attr("src");
        Files.delete(page.resolveSibling(missing));

        PageCheck check = chromium.load(page, page.resolveSibling(SCREENSHOT));

        AssertionError failure = assertThrows(AssertionError.class, check::assertClean);
        assertTrue(failure.getMessage().contains("image did not load: " + missing), failure.getMessage());
        assertTrue(
                check.consoleErrors().stream().anyMatch(error -> error.contains(missing)),
                check.consoleErrors().toString());
    }

    @Test
    void aPageWithAConsoleErrorFailsTheCheck() throws Exception {
        Path page = renderFixture("console-error");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(
                page,
                html.replace(
                        "</body>", "<script>console.error('broken on purpose'); undefinedFunction();</script></body>"),
                StandardCharsets.UTF_8);

        PageCheck check = chromium.load(page, page.resolveSibling(SCREENSHOT));

        AssertionError failure = assertThrows(AssertionError.class, check::assertClean);
        assertTrue(failure.getMessage().contains("console.error: broken on purpose"), failure.getMessage());
        assertTrue(failure.getMessage().contains("undefinedFunction is not defined"), failure.getMessage());
    }

    @Test
    @EnabledIfSystemProperty(named = "lstmbench.browser.results", matches = ".+")
    void theGivenExperimentsPageLoadsEveryImageWithoutConsoleErrors() throws Exception {
        Path reportDir = Path.of(System.getProperty("lstmbench.browser.results"))
                .toAbsolutePath()
                .resolve(ReportRenderer.REPORT_DIR);
        Path page = reportDir.resolve(ReportRenderer.PAGE);
        assertTrue(Files.isRegularFile(page), page + " does not exist");

        PageCheck check = chromium.load(page, reportDir.resolve(SCREENSHOT));

        check.assertClean();
        assertIsPng(check.screenshot());
        System.out.println("Browser check passed: " + check.images().size() + " images loaded, no console errors; "
                + "screenshot " + check.screenshot());
    }

    /** Renders the fixture into a fresh folder {@code target/browser-test/NAME}; returns its page. */
    private static Path renderFixture(String name) throws IOException {
        Path dir = WORK.resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        return ReportRenderer.render(ResultsFixture.writeTo(dir));
    }

    private static void assertIsPng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 1000, file + " is too small to be a page screenshot");
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII), file + " is not a PNG");
    }
}
