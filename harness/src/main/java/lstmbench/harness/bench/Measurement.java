package lstmbench.harness.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the suite keeps of one JMH result (one {@code @Benchmark} method at one parameter set), free
 * of JMH's types so that converting it into throughput rows is a pure, testable function:
 *
 * <pre>
 * benchmark     JMH's full name, e.g. lstmbench.harness.bench.KernelForwardBackward.forwardBackward
 * params        the &#64;Param values by name, as JMH spells them
 * secondsPerOp  the primary score of every measurement iteration of every fork, in seconds per op
 * allocation    JMH's gc.alloc.rate.norm (bytes allocated per op), when the GC profiler ran
 * </pre>
 */
public record Measurement(
        String benchmark, Map<String, String> params, List<Double> secondsPerOp, Optional<Estimate> allocation) {
    public Measurement {
        Objects.requireNonNull(benchmark, "benchmark");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        secondsPerOp = List.copyOf(secondsPerOp);
        Objects.requireNonNull(allocation, "allocation");
        if (secondsPerOp.isEmpty()) {
            throw new IllegalArgumentException(benchmark + ": no measurement iterations");
        }
    }

    /** The benchmark class's full name (the JMH name without the method). */
    public String className() {
        return benchmark.substring(0, benchmark.lastIndexOf('.'));
    }

    /** The @Benchmark method's name. */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** Simple class name and method, e.g. KernelForwardBackward.forwardBackward: the name in throughput.csv. */
    public String shortName() {
        String cls = className();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + method();
    }

    /** Seconds per op, mean and error over iterations. */
    public Estimate time() {
        return Estimate.of(secondsPerOp);
    }

    /** Work units per second (work units per op divided by each iteration's seconds per op). */
    public Estimate rate(double workPerOp) {
        return Estimate.of(secondsPerOp, seconds -> workPerOp / seconds);
    }

    /** An integer @Param; an error naming the benchmark when absent. */
    public int intParam(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException(benchmark + " has no parameter " + name + "; it has " + params.keySet());
        }
        return Integer.parseInt(value);
    }
}
