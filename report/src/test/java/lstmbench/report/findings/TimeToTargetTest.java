package lstmbench.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lstmbench.report.ResultsFixture;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.EvaluationMode;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;
import org.junit.jupiter.api.Test;

/** Time to the common validation target reads each run's curve in its selected mode. */
class TimeToTargetTest {
    private static final String DATA = "sine";

    @Test
    void theTargetAndTheTimesUseTheSelectedModesCurve() {
        RunRecord windowed =
                ResultsFixture.chosenRun(DATA, "sliding-window", 1, 0.01, 0.05, 0.06, EvaluationMode.WINDOWED);
        RunRecord streaming =
                ResultsFixture.chosenRun(DATA, "stateful-tbptt", 1, 0.01, 0.05, 0.06, EvaluationMode.STREAMING);
        List<CurvePoint> curves = new ArrayList<>();
        // sliding-window: fast on streaming, slow on windowed (its selected mode)
        curves.addAll(curve(windowed, new double[] {1.0, 0.5, 0.2}, new double[] {1.0, 0.9, 0.8}));
        // stateful-tbptt: its streaming curve counts, the windowed one is ignored
        curves.addAll(curve(streaming, new double[] {1.0, 0.6, 0.4}, new double[] {0.1, 0.1, 0.1}));
        Results results = new Results(
                Optional.empty(),
                List.of(windowed, streaming),
                curves,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());

        TimeToTarget target = TimeToTarget.of(results, DATA).orElseThrow();

        assertEquals(0.8, target.level(), 1e-12);
        assertEquals(3, target.of("sliding-window").orElseThrow().epoch());
        assertEquals(1.5, target.of("sliding-window").orElseThrow().seconds(), 1e-12);
        assertEquals(2, target.of("stateful-tbptt").orElseThrow().epoch());
        assertEquals(20, target.of("stateful-tbptt").orElseThrow().updates(), 1e-12);
    }

    @Test
    void aSingleStrategyHasNoCommonTarget() {
        RunRecord run = ResultsFixture.chosenRun(DATA, "sliding-window", 1, 0.01, 0.05, 0.06, EvaluationMode.WINDOWED);
        Results results = new Results(
                Optional.empty(),
                List.of(run),
                curve(run, new double[] {1.0, 0.5}, new double[] {1.0, 0.9}),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());

        assertTrue(TimeToTarget.of(results, DATA).isEmpty());
    }

    private static List<CurvePoint> curve(RunRecord run, double[] streaming, double[] windowed) {
        List<CurvePoint> points = new ArrayList<>();
        for (int e = 0; e < streaming.length; e++) {
            points.add(new CurvePoint(
                    run.runId(),
                    e + 1,
                    streaming[e],
                    streaming[e],
                    0.5 * (e + 1),
                    100L * (e + 1),
                    1.0,
                    windowed[e],
                    10,
                    10L * (e + 1),
                    0.05));
        }
        return points;
    }
}
