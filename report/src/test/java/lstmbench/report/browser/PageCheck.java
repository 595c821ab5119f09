package lstmbench.report.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What Chromium saw when it loaded a report page: its images, its console errors and the screenshot
 * it took.
 *
 * <p>The outcome of loading one page. A page passes when it has at least one image, every image
 * loaded (complete with a natural width above zero) and nothing was reported as an error.
 */
record PageCheck(Path page, List<Image> images, List<String> consoleErrors, Path screenshot) {
    PageCheck {
        images = List.copyOf(images);
        consoleErrors = List.copyOf(consoleErrors);
    }

    /** One {@code <img>} as the browser saw it after the load event. */
    record Image(String src, boolean complete, int naturalWidth) {
        boolean loaded() {
            return complete && naturalWidth > 0;
        }
    }

    /** Every reason the page fails, in plain words; empty when it passes. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (images.isEmpty()) {
            problems.add("the page has no images");
        }
        images.stream()
                .filter(image -> !image.loaded())
                .forEach(image -> problems.add("image did not load: " + image.src()));
        consoleErrors.forEach(error -> problems.add("console: " + error));
        return problems;
    }

    /** Throws an AssertionError listing every problem, so a broken page fails the test that loaded it. */
    void assertClean() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new AssertionError("Chromium found problems on " + page + " (screenshot: " + screenshot + "):\n  "
                    + String.join("\n  ", problems));
        }
    }
}
