package lstmbench.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import lstmbench.report.findings.Numbers;
import lstmbench.report.results.ParameterText;
import lstmbench.report.results.RunRecord;

/**
 * The W and T lines of the lag chart, read from the strategies' own parameter keys as the harness
 * writes them.
 *
 * <p>Markers for the window length W and the chunk length T of an experiment's strategies.
 */
public final class LagMarkers {
    private LagMarkers() {}

    /** The first window length W and the first chunk length T among the runs' strategy parameters. */
    public static List<Marker> of(List<RunRecord> runs) {
        List<Marker> markers = new ArrayList<>();
        first(runs, LagMarkers::window)
                .ifPresent(w -> markers.add(new Marker("W = " + Numbers.format(w) + " (window length)", w)));
        first(runs, LagMarkers::chunk)
                .ifPresent(t -> markers.add(new Marker("T = " + Numbers.format(t) + " (chunk length)", t)));
        return markers;
    }

    /** W of a parameter string: window, length of windows (shuffled), or a plain W. */
    public static OptionalDouble window(String parameters) {
        OptionalDouble w = ParameterText.number(parameters, "window");
        if (w.isEmpty() && !ParameterText.text(parameters, "unit").orElse("").equals("chunks")) {
            w = ParameterText.number(parameters, "length");
        }
        return w.isPresent() ? w : ParameterText.number(parameters, "W");
    }

    /** T of a parameter string: chunk, k2 (TBPTT(k1, k2)), length of chunks (shuffled), or a plain T. */
    public static OptionalDouble chunk(String parameters) {
        for (String key : List.of("chunk", "k2")) {
            OptionalDouble t = ParameterText.number(parameters, key);
            if (t.isPresent()) {
                return t;
            }
        }
        if (ParameterText.text(parameters, "unit").orElse("").equals("chunks")) {
            return ParameterText.number(parameters, "length");
        }
        return ParameterText.number(parameters, "T");
    }

    private static OptionalDouble first(List<RunRecord> runs, Function<String, OptionalDouble> read) {
        return runs.stream()
                .map(run -> read.apply(run.setup().strategyParameters()))
                .filter(OptionalDouble::isPresent)
                .findFirst()
                .orElse(OptionalDouble.empty());
    }
}
