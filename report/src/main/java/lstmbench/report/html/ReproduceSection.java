package lstmbench.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lstmbench.report.results.Environment;
import lstmbench.report.results.Machine;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunId;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;
import org.jsoup.nodes.Element;

/**
 * The Reproduce section: the exact command, the environment, the configuration and every run's
 * status.
 *
 * <p>Everything needed to rerun the experiment; needs manifest.json, without it the section says so.
 */
final class ReproduceSection implements Section {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Results results;

    ReproduceSection(Results results) {
        this.results = results;
    }

    @Override
    public String id() {
        return "reproduce";
    }

    @Override
    public String title() {
        return "Reproduce";
    }

    @Override
    public void fill(Element container, FigureSink figures) throws JsonProcessingException {
        if (results.manifest().isEmpty()) {
            Html.note(container, "No manifest.json: the command, configuration and environment are unknown.");
        } else {
            Manifest manifest = results.manifest().get();
            container.appendElement("p").text("Command:");
            container.appendElement("pre").addClass("command").text(manifest.command());
            environment(container, manifest);
            machines(container, manifest);
            Element details = container.appendElement("details");
            details.appendElement("summary").text("Configuration");
            details.appendElement("pre")
                    .addClass("configuration")
                    .text(JSON.writeValueAsString(manifest.configuration()));
        }
        runStatuses(container);
    }

    private static void environment(Element container, Manifest manifest) {
        Environment env = manifest.environment();
        Element body = Html.table(container, "Environment", List.of("Item", "Value"));
        List<List<String>> rows = List.of(
                List.of(
                        "Experiment",
                        manifest.experiment()
                                + manifest.shard()
                                        .map(s -> " (shard " + s + " of its run groups)")
                                        .orElse("")),
                List.of("Project version", manifest.projectVersion()),
                List.of("Git commit", manifest.gitCommit()),
                List.of("Started", manifest.startedAt().toString()),
                List.of("Finished", manifest.finishedAt().map(Object::toString).orElse("not finished")),
                List.of("JVM", env.jvm()),
                List.of("OS", env.os()),
                List.of("CPU", env.cpuModel() + " (" + env.availableProcessors() + " processors visible)"),
                List.of("ND4J backend", env.nd4jBackend()),
                List.of("BLAS", env.blas()),
                List.of("Threads", env.threads()),
                List.of("Host", env.host().orElse("unknown")));
        rows.forEach(row -> Html.row(body, row));
    }

    /** The shards a merged folder was assembled from: where each ran and how long it took. */
    private static void machines(Element container, Manifest manifest) {
        if (manifest.machines().isEmpty()) {
            return;
        }
        container
                .appendElement("p")
                .text("Merged from " + manifest.machines().size() + " shards (lstmbench merge);"
                        + " the environment above is the first shard's.");
        Element body = Html.table(
                container,
                "Machines: the process that ran each shard",
                List.of("Shard", "Host", "CPU", "Threads", "Started", "Wall time"));
        for (Machine m : manifest.machines()) {
            Environment env = m.environment();
            String wall = m.finishedAt()
                    .map(end -> String.format(
                            Locale.ROOT,
                            "%.1f s",
                            Duration.between(m.startedAt(), end).toMillis() / 1000.0))
                    .orElse("not finished");
            Html.row(
                    body,
                    List.of(
                            m.shard().toString(),
                            env.host().orElse("unknown"),
                            env.cpuModel() + " (" + env.availableProcessors() + ")",
                            env.threads(),
                            m.startedAt().toString(),
                            wall));
        }
    }

    private void runStatuses(Element container) {
        Map<RunStatus, Integer> counts = new EnumMap<>(RunStatus.class);
        results.runs().forEach(run -> counts.merge(run.status(), 1, Integer::sum));
        int missing = results.missingRuns().size();
        List<String> parts = new ArrayList<>(counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .toList());
        if (missing > 0) {
            parts.add(missing + " without results");
        }
        container
                .appendElement("p")
                .text("Runs in runs.csv: " + (parts.isEmpty() ? "none" : String.join(", ", parts)) + ".");
        Element details = container.appendElement("details");
        details.appendElement("summary").text("Every run and its status");
        Element body = Html.table(
                details,
                "Runs; those without results are planned in manifest.json but absent " + "from runs.csv",
                List.of("Run id", "Status", "Epochs run", "Chosen for test"));
        Set<RunId> listed = new LinkedHashSet<>();
        for (RunRecord run : results.runs()) {
            listed.add(run.runId());
            Element row = Html.row(
                    body,
                    List.of(
                            run.runId().value(),
                            run.status().name(),
                            Integer.toString(run.epochsRun()),
                            run.chosenForTest() ? "yes" : "no"));
            row.addClass("status-" + run.status().name().toLowerCase(Locale.ROOT));
        }
        results.missingRuns().stream()
                .filter(entry -> !listed.contains(entry.runId()))
                .forEach(entry -> Html.row(
                                body,
                                List.of(
                                        entry.runId().value(),
                                        "no results (" + entry.status() + " in manifest.json)",
                                        "-",
                                        "-"))
                        .addClass("status-missing"));
    }
}
