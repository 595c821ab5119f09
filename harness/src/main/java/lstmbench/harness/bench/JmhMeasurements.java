package lstmbench.harness.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Reads JMH's RunResults into Measurements: every measurement iteration's primary score as
 * seconds per op (from AverageTime, SampleTime and SingleShotTime scores in time per op, or from
 * Throughput scores in ops per time), and the GC profiler's gc.alloc.rate.norm when present.
 */
public final class JmhMeasurements {
    /** The GC profiler's secondary result: bytes allocated per benchmark op. */
    public static final String ALLOC_RATE_NORM = "gc.alloc.rate.norm";

    private JmhMeasurements() {}

    public static List<Measurement> from(Collection<RunResult> results) {
        List<Measurement> out = new ArrayList<>(results.size());
        for (RunResult run : results) {
            out.add(from(run));
        }
        return out;
    }

    public static Measurement from(RunResult run) {
        BenchmarkParams params = run.getParams();
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        double secondsPerUnit = params.getTimeUnit().toNanos(1) / 1e9;
        List<Double> secondsPerOp = new ArrayList<>();
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                double score = iteration.getPrimaryResult().getScore();
                secondsPerOp.add(params.getMode() == Mode.Throughput ? secondsPerUnit / score : score * secondsPerUnit);
            }
        }
        Result<?> alloc = run.getSecondaryResults().get(ALLOC_RATE_NORM);
        Optional<Estimate> allocation = alloc == null
                ? Optional.empty()
                : Optional.of(Estimate.withoutMedian(alloc.getScore(), alloc.getScoreError()));
        return new Measurement(params.getBenchmark(), values, secondsPerOp, allocation);
    }
}
