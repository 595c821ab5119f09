package lstmbench.report.chart;

import java.util.function.ToDoubleFunction;
import lstmbench.report.results.CurvePoint;

/**
 * What the x axis of a loss curve measures: epochs, wall-clock seconds, timesteps processed or
 * optimiser updates.
 *
 * <p>The x axis of a loss-curve chart.
 */
public enum CurveAxis {
    EPOCHS("epochs", "Epoch", "epochs", "lower at the same epoch is better", point -> point.epoch()),
    WALL_SECONDS(
            "seconds",
            "Wall-clock training time (s)",
            "wall-clock time",
            "a curve further left reaches the same loss in less time",
            CurvePoint::wallSeconds),
    TIMESTEPS(
            "timesteps",
            "Timesteps processed (count)",
            "timesteps processed",
            "a curve further left needs less computation for the same loss",
            point -> (double) point.timestepsSeen()),
    UPDATES(
            "updates",
            "Optimiser updates (count)",
            "optimiser updates",
            "a curve further left needs fewer weight updates for the same loss",
            point -> (double) point.updatesSeen());

    private final String slug;
    private final String axisTitle;
    private final String phrase;
    private final String lookFor;
    private final ToDoubleFunction<CurvePoint> value;

    CurveAxis(String slug, String axisTitle, String phrase, String lookFor, ToDoubleFunction<CurvePoint> value) {
        this.slug = slug;
        this.axisTitle = axisTitle;
        this.phrase = phrase;
        this.lookFor = lookFor;
        this.value = value;
    }

    String slug() {
        return slug;
    }

    String axisTitle() {
        return axisTitle;
    }

    String phrase() {
        return phrase;
    }

    String lookFor() {
        return lookFor;
    }

    ToDoubleFunction<CurvePoint> value() {
        return value;
    }
}
