package lstmbench.report.html;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import lstmbench.report.chart.ForecastCharts;
import lstmbench.report.chart.StrategyForecast;
import lstmbench.report.findings.Numbers;
import lstmbench.report.findings.RunMetric;
import lstmbench.report.findings.SeedSpread;
import lstmbench.report.findings.StrategySummary;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.RecordedErrors;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.TestMetrics;
import org.jsoup.nodes.Element;

/**
 * The Forecast errors section: a table per dataset (persistence as a row, streaming vs windowed,
 * reset penalty) and a forecast chart.
 *
 * <p>Test errors per strategy; strategies without a test result and runs that ended badly are listed as such.
 */
final class ForecastErrorsSection implements Section {
    static final List<String> HEADERS = List.of(
            "Strategy",
            "Seeds tested",
            "Test MSE, streaming",
            "Test MAE, streaming",
            "MASE, streaming",
            "Test MSE, windowed",
            "MASE, windowed",
            "Reset penalty (windowed / streaming MSE)",
            "Runs that ended early");
    private static final int STRETCH = 200;

    private final Results results;

    ForecastErrorsSection(Results results) {
        this.results = results;
    }

    @Override
    public String id() {
        return "forecast-errors";
    }

    @Override
    public String title() {
        return "Forecast errors";
    }

    @Override
    public void fill(Element container, FigureSink figures) throws IOException {
        container
                .appendElement("p")
                .text("Next-step forecasts on the test split, original scale; mean over seeds "
                        + "with [min, max]. Streaming carries the state from the training series; windowed starts every "
                        + "forecast from zero state and the preceding W points.");
        for (String dataset : results.datasets()) {
            Html.heading(container, dataset);
            List<StrategySummary> strategies = StrategySummary.of(results, dataset);
            Element body = Html.table(
                    container, "Test errors (original scale): mean over seeds, [min, max] below it", HEADERS);
            for (StrategySummary strategy : strategies) {
                Element row = row(body, strategy);
                if (strategy.tested().isEmpty()) {
                    row.addClass("no-result");
                }
                if (!strategy.ended().isEmpty()) {
                    row.addClass("ended-early");
                }
            }
            persistence(strategies)
                    .ifPresent(p -> Html.row(
                                    body,
                                    List.of(
                                            "persistence (last value)",
                                            "-",
                                            Numbers.format(p.mseOriginal()),
                                            Numbers.format(p.maeOriginal()),
                                            Numbers.format(p.mase()),
                                            "-",
                                            "-",
                                            "-",
                                            "-"))
                            .addClass("baseline"));
            if (results.forecasts().isEmpty()) {
                Html.note(container, "No forecast chart: forecasts.csv is missing or empty.");
            } else {
                figures.add(
                        container,
                        ForecastCharts.testStretch(
                                dataset, StrategyForecast.of(results, dataset, EvaluationMode.STREAMING), STRETCH));
            }
        }
    }

    /** A strategy's row; each error cell shows the mean, and below it the seed range in a smaller type. */
    private static Element row(Element body, StrategySummary strategy) {
        if (strategy.tested().isEmpty()) {
            return Html.row(
                    body,
                    List.of(
                            strategy.strategy(),
                            "0",
                            "no test result",
                            "-",
                            "-",
                            "-",
                            "-",
                            "-",
                            ended(strategy.ended())));
        }
        Element row = Html.row(
                body,
                List.of(strategy.strategy(), Integer.toString(strategy.tested().size())));
        for (RunMetric metric : List.of(
                RunMetric.STREAMING_MSE,
                RunMetric.STREAMING_MAE,
                RunMetric.STREAMING_MASE,
                RunMetric.WINDOWED_MSE,
                RunMetric.WINDOWED_MASE)) {
            spread(row.appendElement("td"), strategy.spread(metric));
        }
        row.appendElement("td")
                .text(Numbers.ratio(strategy.spread(RunMetric.RESET_PENALTY).mean()));
        row.appendElement("td").text(ended(strategy.ended()));
        return row;
    }

    private static void spread(Element cell, SeedSpread spread) {
        cell.text(Numbers.format(spread.mean()));
        if (spread.n() > 1) {
            cell.appendElement("br");
            cell.appendElement("span")
                    .addClass("range")
                    .text("[" + Numbers.format(spread.min()) + ", " + Numbers.format(spread.max()) + "]");
        }
    }

    private static String ended(List<RunRecord> ended) {
        if (ended.isEmpty()) {
            return "none";
        }
        return String.join(
                "; ",
                ended.stream()
                        .map(run -> run.status() + " (seed " + run.seed() + ", lr "
                                + Numbers.format(run.setup().learningRate()) + ", epoch " + run.epochsRun() + ")")
                        .toList());
    }

    private static Optional<RecordedErrors> persistence(List<StrategySummary> strategies) {
        return strategies.stream()
                .flatMap(s -> s.tested().stream())
                .map(RunRecord::test)
                .flatMap(Optional::stream)
                .map(TestMetrics::persistence)
                .findFirst();
    }
}
