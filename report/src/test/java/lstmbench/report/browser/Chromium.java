package lstmbench.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts headless Chromium with a fresh profile and its DevTools port, and loads report pages in
 * it.
 *
 * <p>One headless Chromium process for a test class. Flags: headless without sandbox or GPU (the
 * tests may run as root in a container), and no outside connections (no background networking,
 * component updates, sync or QUIC), with a fresh {@code --user-data-dir} each time. The DevTools
 * port is chosen by Chromium ({@code --remote-debugging-port=0}) and read from the profile's
 * {@code DevToolsActivePort} file.
 */
final class Chromium implements AutoCloseable {
    /** Environment variable naming the browser binary; otherwise the usual names are looked up on PATH. */
    static final String BINARY_VARIABLE = "LSTMBENCH_CHROMIUM";

    static final int VIEWPORT_WIDTH = 1280;
    static final int VIEWPORT_HEIGHT = 900;
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "chrome");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);
    /** Events may still arrive just after the load event (e.g. a late console message). */
    private static final long SETTLE_MILLIS = 300;
    /** Collects src, completeness and natural width of every image once the page has loaded. */
    private static final String IMAGES_SCRIPT = "JSON.stringify(Array.from(document.images).map(i => "
            + "({src: i.getAttribute('src'), complete: i.complete, naturalWidth: i.naturalWidth})))";

    private final Process process;
    private final Path profile;
    private final DevTools devTools;

    private Chromium(Process process, Path profile, DevTools devTools) {
        this.process = process;
        this.profile = profile;
        this.devTools = devTools;
    }

    /** The browser binary: {@value #BINARY_VARIABLE} if set, else the first known name on PATH. */
    static Optional<Path> find() {
        String configured = System.getenv(BINARY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String name : NAMES) {
            for (String dir : path.split(":")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    static Chromium start(Path binary) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lstmbench-chromium-");
        List<String> command = List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                "--hide-scrollbars",
                "--window-size=" + VIEWPORT_WIDTH + "," + VIEWPORT_HEIGHT,
                "about:blank");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!hasTwoLines(portFile)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String log = Files.readString(profile.resolve("chromium.log"), StandardCharsets.UTF_8);
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not open its DevTools port (" + String.join(" ", command)
                        + "); its output:\n" + log);
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
        URI endpoint = URI.create(
                "ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        return new Chromium(process, profile, DevTools.connect(endpoint));
    }

    private static boolean hasTwoLines(Path file) throws IOException {
        return Files.isRegularFile(file)
                && Files.readAllLines(file, StandardCharsets.UTF_8).size() >= 2;
    }

    /**
     * Opens {@code page} in a new tab, waits for its load event, records every image and every
     * console error, log error and uncaught exception, and writes a full-page screenshot to
     * {@code screenshot}.
     */
    PageCheck load(Path page, Path screenshot) throws IOException, InterruptedException {
        String targetId = devTools.send("Target.createTarget", DevTools.params().put("url", "about:blank"))
                .get("targetId")
                .asText();
        String session = devTools.send(
                        "Target.attachToTarget",
                        DevTools.params().put("targetId", targetId).put("flatten", true))
                .get("sessionId")
                .asText();
        List<String> errors = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        devTools.onEvent(event -> {
            if (session.equals(event.path("sessionId").asText())) {
                consoleError(event).ifPresent(errors::add);
                if (event.path("method").asText().equals("Page.loadEventFired")) {
                    loaded.complete(null);
                }
            }
        });
        try {
            for (String domain : List.of("Page", "Runtime", "Log")) {
                devTools.send(domain + ".enable", null, session);
            }
            devTools.send(
                    "Emulation.setDeviceMetricsOverride",
                    DevTools.params()
                            .put("width", VIEWPORT_WIDTH)
                            .put("height", VIEWPORT_HEIGHT)
                            .put("deviceScaleFactor", 1)
                            .put("mobile", false),
                    session);
            JsonNode navigation = devTools.send(
                    "Page.navigate", DevTools.params().put("url", page.toUri().toString()), session);
            if (navigation.hasNonNull("errorText")) {
                errors.add("navigation failed: " + navigation.get("errorText").asText());
            }
            loaded.get(LOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Thread.sleep(SETTLE_MILLIS);
            List<PageCheck.Image> images = images(session);
            screenshot(session, screenshot);
            return new PageCheck(page, images, List.copyOf(errors), screenshot);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(
                    page + " did not finish loading within " + LOAD_TIMEOUT.toSeconds() + " s", e);
        } finally {
            devTools.send("Target.closeTarget", DevTools.params().put("targetId", targetId));
        }
    }

    /** The text of a console error, log error or uncaught exception event; empty for any other event. */
    private static Optional<String> consoleError(JsonNode event) {
        JsonNode params = event.path("params");
        switch (event.path("method").asText()) {
            case "Runtime.consoleAPICalled" -> {
                String type = params.path("type").asText();
                if (!type.equals("error") && !type.equals("assert")) {
                    return Optional.empty();
                }
                List<String> args = new ArrayList<>();
                params.path("args")
                        .forEach(arg -> args.add(
                                arg.has("value")
                                        ? arg.get("value").asText()
                                        : arg.path("description").asText()));
                return Optional.of("console." + type + ": " + String.join(" ", args));
            }
            case "Runtime.exceptionThrown" -> {
                JsonNode details = params.path("exceptionDetails");
                String description = details.path("exception")
                        .path("description")
                        .asText(details.path("text").asText());
                return Optional.of("uncaught exception: " + description);
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if (!entry.path("level").asText().equals("error")) {
                    return Optional.empty();
                }
                return Optional.of(entry.path("source").asText() + " error: "
                        + entry.path("text").asText()
                        + (entry.hasNonNull("url") ? " (" + entry.get("url").asText() + ")" : ""));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private List<PageCheck.Image> images(String session) throws IOException {
        JsonNode result = devTools.send(
                "Runtime.evaluate",
                DevTools.params().put("expression", IMAGES_SCRIPT).put("returnByValue", true),
                session);
        List<PageCheck.Image> images = new ArrayList<>();
        for (JsonNode image :
                DevTools.JSON.readTree(result.path("result").path("value").asText("[]"))) {
            images.add(new PageCheck.Image(
                    image.path("src").asText(),
                    image.path("complete").asBoolean(),
                    image.path("naturalWidth").asInt()));
        }
        return images;
    }

    /** The whole page (not just the viewport) as one PNG. */
    private void screenshot(String session, Path file) throws IOException {
        JsonNode size = devTools.send("Page.getLayoutMetrics", null, session).path("cssContentSize");
        ObjectNode params = DevTools.params().put("format", "png").put("captureBeyondViewport", true);
        params.putObject("clip")
                .put("x", 0)
                .put("y", 0)
                .put("width", VIEWPORT_WIDTH)
                .put("height", Math.max(VIEWPORT_HEIGHT, (int)
                        Math.ceil(size.path("height").asDouble())))
                .put("scale", 1);
        String data = devTools.send("Page.captureScreenshot", params, session)
                .get("data")
                .asText();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            devTools.close();
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
