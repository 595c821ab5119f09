package lstmbench.report.html;

import java.io.IOException;
import java.util.List;
import lstmbench.report.chart.CurveAxis;
import lstmbench.report.chart.LossCurveCharts;
import lstmbench.report.chart.StrategyCurves;
import lstmbench.report.results.Results;
import org.jsoup.nodes.Element;

/**
 * The Loss curves section: validation loss vs epochs, wall-clock seconds and timesteps, per
 * dataset.
 *
 * <p>Three loss charts per dataset.
 */
final class LossCurvesSection implements Section {
    private final Results results;

    LossCurvesSection(Results results) {
        this.results = results;
    }

    @Override
    public String id() {
        return "loss-curves";
    }

    @Override
    public String title() {
        return "Loss curves";
    }

    @Override
    public void fill(Element container, FigureSink figures) throws IOException {
        if (results.curves().isEmpty()) {
            Html.note(container, "No loss curves: curves.csv is missing or empty.");
            return;
        }
        for (String dataset : results.datasets()) {
            Html.heading(container, dataset);
            List<StrategyCurves> curves = StrategyCurves.of(results, dataset);
            for (CurveAxis axis : CurveAxis.values()) {
                figures.add(container, LossCurveCharts.validationLoss(dataset, curves, axis));
            }
        }
    }
}
