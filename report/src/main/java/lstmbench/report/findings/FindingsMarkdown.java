package lstmbench.report.findings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import lstmbench.report.chart.CurveAxis;
import lstmbench.report.chart.Figure;
import lstmbench.report.chart.LagMarkers;
import lstmbench.report.chart.LossCurveCharts;
import lstmbench.report.chart.MemoryCharts;
import lstmbench.report.chart.StrategyCurves;
import lstmbench.report.chart.StrategyPoints;
import lstmbench.report.io.ResultsLoader;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.MemoryProbe;
import lstmbench.report.results.Results;

/**
 * The findings as Markdown for the README's "What the measurements say" section: the run's date and
 * command, each dataset's verdict (ranked table and answers), the headline chart, then the further
 * findings.
 *
 * <p>Writes the same verdicts and sentences the report page prints ({@link FindingsGenerator}), as
 * Markdown. Used by {@code scripts/update-readme-results.sh} through {@link #main}:
 * <pre>
 * FindingsMarkdown headline-chart RESULTS_DIR         prints the headline chart's PNG file name (in RESULTS_DIR/report)
 * FindingsMarkdown markdown RESULTS_DIR [CHART_LINK]  prints the section, with the chart linked as CHART_LINK
 * FindingsMarkdown summary RESULTS_DIR [CHART_LINK]   the same with the experiment-wide findings only (for a
 *                                                     sweep over many datasets, such as memory-sweep)
 * </pre>
 * Exit code 2 with one message for bad arguments, an unreadable results folder or an unfinished experiment.
 */
public final class FindingsMarkdown {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private FindingsMarkdown() {}

    /**
     * Why the README must not be written from these results yet: the manifest says the experiment
     * has not finished (no end time), so the findings would describe a partial run. Empty when ready.
     */
    public static Optional<String> notFinished(Results results) {
        return results.manifest()
                .filter(m -> m.finishedAt().isEmpty())
                .map(m -> "experiment " + m.experiment()
                        + " has not finished (manifest.json has no finishedAt; started " + m.startedAt() + ")");
    }

    /** Which findings a section holds. */
    public enum Scope {
        /** Experiment-wide findings, then every dataset's. */
        ALL,
        /** Experiment-wide findings only; the page has the per-dataset ones. */
        EXPERIMENT
    }

    /**
     * The headline chart: for a lag sweep (memory.csv has LAG_R2), R^2 against the planted lag with W
     * and T marked; otherwise validation loss against epochs on the first dataset; empty without either.
     */
    public static Optional<Figure<?>> headlineChart(Results results) {
        List<StrategyPoints> lag = StrategyPoints.of(results, MemoryProbe.LAG_R2);
        if (!lag.isEmpty()) {
            return Optional.of(MemoryCharts.lagR2(lag, LagMarkers.of(results.runs())));
        }
        if (results.curves().isEmpty() || results.datasets().isEmpty()) {
            return Optional.empty();
        }
        String dataset = results.datasets().get(0);
        return Optional.of(
                LossCurveCharts.validationLoss(dataset, StrategyCurves.of(results, dataset), CurveAxis.EPOCHS));
    }

    /**
     * ", 10 minutes on a 2-core AMD EPYC" from the manifest's start and finish: the wall time of the
     * process that wrote the folder, from its start to the experiment's end. A folder finished by
     * {@code --resume} says that the time is its last session's; a merged folder (whose shards ran
     * elsewhere, see {@link Manifest#machines()}) and an unfinished one get no duration.
     */
    static String duration(Manifest m) {
        if (m.finishedAt().isEmpty() || !m.machines().isEmpty()) {
            return "";
        }
        long seconds =
                java.time.Duration.between(m.startedAt(), m.finishedAt().get()).toSeconds();
        String wall = seconds < 120 ? seconds + " seconds" : Math.round(seconds / 60.0) + " minutes";
        boolean resumed = List.of(m.command().split("\\s+")).contains("--resume");
        int cores = m.environment().availableProcessors();
        return ", " + wall + (resumed ? " in its last session (--resume)" : "") + " on a " + cores + "-core "
                + escape(m.environment().cpuModel());
    }

    /**
     * The section's Markdown: when and how the run was made (from manifest.json), each dataset's
     * verdict ({@link Scope#ALL} only), the headline chart when {@code chartLink} is given, then the
     * experiment-wide findings and the further per-dataset ones.
     */
    public static String markdown(Results results, Optional<String> chartLink, Scope scope) {
        StringBuilder out = new StringBuilder();
        Optional<Manifest> manifest = results.manifest();
        if (manifest.isPresent()) {
            Manifest m = manifest.get();
            out.append("Measured on ")
                    .append(DATE.format(m.startedAt()))
                    .append(" by `")
                    .append(code(m.command()))
                    .append("` (experiment `")
                    .append(code(m.experiment()))
                    .append("`, commit `")
                    .append(code(m.gitCommit()))
                    .append("`, ")
                    .append(results.runs().size())
                    .append(" finished runs")
                    .append(duration(m))
                    .append(").\n\n");
        } else {
            out.append("No manifest.json: the date and command of this run are unknown.\n\n");
        }
        Findings findings = FindingsGenerator.findings(results);
        if (scope == Scope.ALL) {
            findings.datasets().forEach(dataset -> verdict(out, dataset.verdict()));
        }
        chartLink.ifPresent(link -> headlineChart(results)
                .ifPresent(figure -> out.append("![")
                        .append(escape(figure.title()))
                        .append("](")
                        .append(link)
                        .append(")\n\n")));
        bullets(out, findings.general());
        if (scope == Scope.EXPERIMENT) {
            out.append("Per-dataset findings (verdict, errors, reset penalty, cost) are on the report page the run "
                    + "writes (report/index.html in its results folder).\n");
        } else {
            for (DatasetFindings dataset : findings.datasets()) {
                if (!dataset.sentences().isEmpty()) {
                    out.append("**More on `").append(code(dataset.dataset())).append("`:**\n\n");
                    bullets(out, dataset.sentences());
                }
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    /**
     * One dataset's verdict: the headline, the ranked table with persistence as a row, the answers with
     * their standing, the notes and the footing.
     */
    static void verdict(StringBuilder out, Verdict verdict) {
        out.append("**On `")
                .append(code(verdict.dataset()))
                .append("`:** ")
                .append(escape(verdict.headline()))
                .append("\n\n");
        if (!verdict.ranked().isEmpty() || !verdict.untested().isEmpty()) {
            tableRow(out, VerdictTable.HEADERS);
            tableRow(out, VerdictTable.HEADERS.stream().map(header -> "---").toList());
            for (int i = 0; i < verdict.ranked().size(); i++) {
                tableRow(out, VerdictTable.texts(i + 1, verdict.ranked().get(i)));
            }
            verdict.persistenceMse().ifPresent(p -> tableRow(out, VerdictTable.persistenceCells(p)));
            verdict.untested().forEach(strategy -> tableRow(out, VerdictTable.untestedCells(strategy)));
            out.append('\n');
        }
        out.append(escape(verdict.footing())).append("\n\n");
        verdict.answers()
                .forEach(answer -> out.append("- **")
                        .append(escape(answer.question().text()))
                        .append("** (")
                        .append(answer.standing().label())
                        .append(") **")
                        .append(escape(answer.conclusion()))
                        .append("** ")
                        .append(escape(answer.evidence()))
                        .append('\n'));
        out.append('\n');
        bullets(out, verdict.notes());
    }

    private static void tableRow(StringBuilder out, List<String> cells) {
        out.append("| ")
                .append(String.join(
                        " | ",
                        cells.stream().map(c -> escape(c).replace("|", "\\|")).toList()))
                .append(" |\n");
    }

    private static void bullets(StringBuilder out, List<String> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        sentences.forEach(sentence -> out.append("- ").append(escape(sentence)).append('\n'));
        out.append('\n');
    }

    /**
     * Backslash-escapes the characters Markdown would read as markup (emphasis, code, links, HTML),
     * so each sentence shows as printed; {@code &} stays as it is, since dataset specifications hold
     * many and none forms an entity ({@code &name;}).
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Text for inside a code span: backticks cannot be escaped there, so they become quotes. */
    private static String code(String text) {
        return text.replace('`', '\'');
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 2
                || !(args[0].equals("headline-chart") && args.length == 2
                        || (args[0].equals("markdown") || args[0].equals("summary")) && args.length <= 3)) {
            System.err.println("usage: FindingsMarkdown headline-chart RESULTS_DIR | markdown RESULTS_DIR [CHART_LINK]"
                    + " | summary RESULTS_DIR [CHART_LINK]");
            System.exit(2);
        }
        Results results;
        try {
            results = ResultsLoader.load(Path.of(args[1]));
        } catch (IOException | RuntimeException e) {
            System.err.println("cannot read results from " + args[1] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        Optional<String> notFinished = notFinished(results);
        if (notFinished.isPresent()) {
            System.err.println("not writing findings from " + args[1] + ": " + notFinished.get());
            System.exit(2);
        }
        if (args[0].equals("headline-chart")) {
            Optional<Figure<?>> chart = headlineChart(results);
            if (chart.isEmpty()) {
                System.err.println("no headline chart: " + args[1] + " has no loss curves (curves.csv) and no lag sweep"
                        + " (memory.csv)");
                System.exit(2);
            }
            out.println(chart.get().fileName());
        } else {
            out.print(markdown(
                    results,
                    args.length == 3 ? Optional.of(args[2]) : Optional.empty(),
                    args[0].equals("summary") ? Scope.EXPERIMENT : Scope.ALL));
        }
    }
}
