package lstmbench.report.io;

import java.util.List;
import java.util.Objects;
import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.RunRecord;

/**
 * The rows one run group committed to its folder under groups/.
 *
 * <p>A run group's rows of every per-run results file, as committed to {@code groups/KEY/}.
 *
 * @param key       the group's folder name under {@code groups/} (letters, digits, {@code . _ -})
 * @param runs      its runs.csv rows
 * @param curves    its curves.csv rows
 * @param forecasts its forecasts.csv rows
 * @param memory    its memory.csv rows
 */
public record CommittedGroup(
        String key,
        List<RunRecord> runs,
        List<CurvePoint> curves,
        List<ForecastPoint> forecasts,
        List<MemoryPoint> memory) {
    public CommittedGroup {
        Objects.requireNonNull(key, "key");
        if (!key.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "group key '" + key + "': expected letters, digits and . _ -," + " not starting with a dot");
        }
        runs = List.copyOf(runs);
        curves = List.copyOf(curves);
        forecasts = List.copyOf(forecasts);
        memory = List.copyOf(memory);
    }
}
