package lstmbench.harness.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;

/**
 * The suite's strategy member and the throughput rows it writes, subject STRATEGY_EPOCH, one set
 * per strategy spec, parameters "strategy=&lt;spec&gt;, H=32, B=&lt;rows&gt;, T=&lt;steps&gt;,
 * timesteps=&lt;per epoch&gt;, steps=&lt;batches per epoch&gt;", where B and T are the batch shape
 * carrying most of the epoch's timesteps (StrategyEpoch.dominantShape), the kernel shape the report
 * compares the epoch's rate with:
 *
 * <pre>
 * SECONDS_PER_OP      seconds per epoch (s/epoch)
 * TIMESTEPS_PER_SECOND the epoch's timesteps (B x T summed over its batches, every batch row
 *                     counted, StrategyEpoch.timestepsPerEpoch) over each iteration's time, then
 *                     averaged (timesteps/s)
 * ALLOC_BYTES_PER_OP  bytes allocated per epoch, JMH's gc.alloc.rate.norm (B/epoch)
 * ALLOC_BYTES_PER_STEP the same divided by the epoch's training steps (B/step)
 * </pre>
 *
 * <p>The report's epoch charts read the strategy from the {@code strategy} parameter; its epoch
 * against kernel table reads H, B and T.
 */
public final class EpochBenchmarks {
    public static final String SECONDS_PER_EPOCH = "s/epoch";
    public static final String BYTES_PER_EPOCH = "B/epoch";
    public static final String BYTES_PER_STEP = "B/step";

    /** One training epoch of each strategy (StrategyEpoch), measured with the settings' epoch timing. */
    public static final SuiteBenchmark STRATEGY_EPOCH = new Epoch();

    private EpochBenchmarks() {}

    /** A plain-text table of the epoch rows (one line per strategy), for the console and the closing note. */
    public static String table(List<ThroughputRecord> rows) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%-18s %17s %12s %13s %14s %10s%n",
                "strategy",
                "s/epoch",
                "timesteps",
                CoreBenchmarks.TIMESTEPS_PER_SECOND,
                "MB/epoch",
                "KB/step"));
        rows.stream()
                .filter(r ->
                        r.subject() == BenchmarkSubject.STRATEGY_EPOCH && r.metric() == ThroughputMetric.SECONDS_PER_OP)
                .forEach(seconds -> {
                    String strategy = seconds.textParameter("strategy");
                    Optional<ThroughputRecord> rate = find(rows, strategy, ThroughputMetric.TIMESTEPS_PER_SECOND);
                    Optional<ThroughputRecord> bytes = find(rows, strategy, ThroughputMetric.ALLOC_BYTES_PER_OP);
                    Optional<ThroughputRecord> perStep = find(rows, strategy, ThroughputMetric.ALLOC_BYTES_PER_STEP);
                    out.append(String.format(
                            Locale.ROOT,
                            "%-18s %17s %12.0f %13s %14s %10s%n",
                            strategy,
                            Double.isFinite(seconds.error())
                                    ? String.format(Locale.ROOT, "%.3f ± %.3f", seconds.score(), seconds.error())
                                    : String.format(Locale.ROOT, "%.3f", seconds.score()),
                            seconds.parameter("timesteps").orElse(Double.NaN),
                            rate.map(r -> String.format(Locale.ROOT, "%.0f", r.score()))
                                    .orElse("-"),
                            bytes.map(r -> String.format(Locale.ROOT, "%.2f", r.score() / 1e6))
                                    .orElse("-"),
                            perStep.map(r -> String.format(Locale.ROOT, "%.1f", r.score() / 1e3))
                                    .orElse("-")));
                });
        return out.toString();
    }

    private static Optional<ThroughputRecord> find(
            List<ThroughputRecord> rows, String strategy, ThroughputMetric metric) {
        return rows.stream()
                .filter(r -> r.subject() == BenchmarkSubject.STRATEGY_EPOCH
                        && r.metric() == metric
                        && r.textParameter("strategy").equals(strategy))
                .findFirst();
    }

    record Epoch() implements SuiteBenchmark {
        @Override
        public Class<?> benchmarkClass() {
            return StrategyEpoch.class;
        }

        @Override
        public BenchmarkSettings.Timing timing(BenchmarkSettings settings) {
            return settings.epochs();
        }

        @Override
        public List<ThroughputRecord> rows(Measurement m) {
            String strategy = m.params().get("strategy");
            if (strategy == null) {
                throw new IllegalArgumentException(m.benchmark() + " has no strategy parameter: " + m.params());
            }
            long timesteps = StrategyEpoch.timestepsPerEpoch(strategy);
            int steps = StrategyEpoch.stepsPerEpoch(strategy);
            StrategyEpoch.BatchShape shape = StrategyEpoch.dominantShape(strategy);
            String params = "strategy=" + strategy + ", H=" + StrategyEpoch.CONFIG.hiddenSize() + ", B=" + shape.batch()
                    + ", T=" + shape.time() + ", timesteps=" + timesteps + ", steps=" + steps;
            BenchmarkSubject subject = BenchmarkSubject.STRATEGY_EPOCH;
            List<ThroughputRecord> rows = new ArrayList<>();
            rows.add(CoreBenchmarks.row(
                    m, subject, ThroughputMetric.SECONDS_PER_OP, params, m.time(), SECONDS_PER_EPOCH));
            rows.add(CoreBenchmarks.row(
                    m,
                    subject,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    params,
                    m.rate(timesteps),
                    CoreBenchmarks.TIMESTEPS_PER_SECOND));
            m.allocation().ifPresent(a -> {
                rows.add(CoreBenchmarks.row(
                        m, subject, ThroughputMetric.ALLOC_BYTES_PER_OP, params, a, BYTES_PER_EPOCH));
                rows.add(CoreBenchmarks.row(
                        m,
                        subject,
                        ThroughputMetric.ALLOC_BYTES_PER_STEP,
                        params,
                        a.times(1.0 / steps),
                        BYTES_PER_STEP));
            });
            return rows;
        }
    }
}
