package lstmbench.report.io;

import lstmbench.report.results.CurvePoint;
import lstmbench.report.results.ForecastPoint;
import lstmbench.report.results.MemoryPoint;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.SeriesPoint;
import lstmbench.report.results.SplitSummary;
import lstmbench.report.results.ThroughputRecord;

/**
 * The CSV files of a results folder, by name: the entry point for reading and writing them.
 *
 * <p>Every CSV file of a results folder. Use as {@code ResultsFiles.RUNS.write(dir, runs)} and
 * {@code ResultsFiles.RUNS.read(dir)}; optional files with {@code readIfPresent}.
 */
public final class ResultsFiles {
    /** One row per run with its final metrics. */
    public static final ResultsFile<RunRecord> RUNS = new ResultsFile<>("runs.csv", new RunsSchema());
    /** One row per run and epoch. */
    public static final ResultsFile<CurvePoint> CURVES = new ResultsFile<>("curves.csv", new CurvesSchema());
    /** Memory probes (optional). */
    public static final ResultsFile<MemoryPoint> MEMORY = new ResultsFile<>("memory.csv", new MemorySchema());
    /** JMH results (optional). */
    public static final ResultsFile<ThroughputRecord> THROUGHPUT =
            new ResultsFile<>("throughput.csv", new ThroughputSchema());
    /** Forecasts of runs chosen for testing over the test split (optional). */
    public static final ResultsFile<ForecastPoint> FORECASTS =
            new ResultsFile<>("forecasts.csv", new ForecastsSchema());
    /** The datasets' series with their splits (optional). */
    public static final ResultsFile<SeriesPoint> SERIES = new ResultsFile<>("series.csv", new SeriesSchema());
    /**
     * Statistics of each dataset's splits over every point, however few of them series.csv keeps
     * (optional: folders written before it have none).
     */
    public static final ResultsFile<SplitSummary> SPLITS = new ResultsFile<>("splits.csv", new SplitsSchema());

    private ResultsFiles() {}
}
