package lstmbench.harness.scaling;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import lstmbench.report.chart.ScalingCharts;
import lstmbench.report.html.ScalingPage;

/**
 * The scaling benchmark's rows as text: the table printed at the end of {@code lstmbench scale}
 * and its report page (the same table and two log-log charts).
 */
final class ScalingReport {
    /** Column headings of the printed table and the page's table. */
    static final List<String> HEADERS = List.of(
            "points",
            "wall s",
            "training s",
            "evaluation s",
            "peak heap MiB",
            "peak RSS MiB",
            "folder MiB",
            "series.csv MiB",
            "forecasts MiB",
            "wall / training",
            "wall / (training + evaluation)");

    private static final double MIB = 1024.0 * 1024.0;

    private ScalingReport() {}

    /** One row of text cells per measured row, in {@link #HEADERS} order. */
    static List<List<String>> cells(List<ScalingRow> rows) {
        return rows.stream()
                .map(row -> List.of(
                        String.format(Locale.ROOT, "%,d", row.points()),
                        seconds(row.wallSeconds()),
                        seconds(row.trainingSeconds()),
                        seconds(row.evaluationSeconds()),
                        mebibytes(row.peakHeapBytes()),
                        mebibytes(row.peakRssBytes()),
                        mebibytes(row.folderBytes()),
                        mebibytes(row.seriesCsvBytes()),
                        mebibytes(row.forecastsBytes()),
                        ratio(row.wallPerTraining()),
                        ratio(row.wallPerTrainingAndEvaluation())))
                .toList();
    }

    /** The rows as a plain-text table with aligned columns, one line per row after the header. */
    static String table(List<ScalingRow> rows) {
        List<List<String>> lines = new java.util.ArrayList<>();
        lines.add(HEADERS);
        lines.addAll(cells(rows));
        int[] widths = new int[HEADERS.size()];
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                text.append(c == 0 ? "" : "  ");
                text.append(" ".repeat(widths[c] - line.get(c).length())).append(line.get(c));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    /** The report page: the table and the seconds and bytes charts against points. */
    static ScalingPage page(List<ScalingRow> rows) {
        double[] points = rows.stream().mapToDouble(ScalingRow::points).toArray();
        List<ScalingCharts.Line> seconds = List.of(
                line("wall (whole run command)", rows, points, ScalingRow::wallSeconds),
                line("training", rows, points, ScalingRow::trainingSeconds),
                line("evaluation", rows, points, ScalingRow::evaluationSeconds));
        List<ScalingCharts.Line> bytes = List.of(
                line("peak heap (upper bound)", rows, points, row -> row.peakHeapBytes()),
                line("peak RSS", rows, points, row -> row.peakRssBytes()),
                line("results folder", rows, points, row -> row.folderBytes()));
        String introduction = "The same experiment (a seasonal AR series; stateful-tbptt?chunk=100&streams=32 and "
                + "chunked-reset?chunk=100&batch=32; hidden size 32; 2 epochs; one learning rate and seed) run by "
                + "lstmbench run as its own process at each series length. Wall time is measured from starting the "
                + "process to its exit; training and evaluation seconds are the sums over runs.csv; peak heap is "
                + "the sum of the heap pools' own peaks (an upper bound), peak RSS the process's VmHWM; folder "
                + "bytes cover every file the run wrote, its report included. Exact values: scaling.csv.";
        return new ScalingPage(
                "lstm-batching-bench scaling: cost of a run against series length",
                introduction,
                HEADERS,
                cells(rows),
                List.of(ScalingCharts.seconds(seconds), ScalingCharts.bytes(bytes)));
    }

    private static ScalingCharts.Line line(
            String name, List<ScalingRow> rows, double[] points, ToDoubleFunction<ScalingRow> value) {
        return new ScalingCharts.Line(
                name, points, rows.stream().mapToDouble(value).toArray());
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String mebibytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", bytes / MIB);
    }

    private static String ratio(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "n/a";
    }
}
