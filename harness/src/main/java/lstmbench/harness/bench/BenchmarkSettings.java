/*
 * How long and at which shapes the suite measures. Two named settings:
 *   quick  1 fork, short warmup and measurement, every H and B: about 3 minutes on 2 cores; the
 *          numbers are indicative (errors from one fork's iterations only).
 *   full   3 forks, longer warmup and measurement: error bars across JVMs, worth quoting.
 * hiddenSizes and batchSizes override the @Param H and B of every member that declares them.
 */
package lstmbench.harness.bench;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

public record BenchmarkSettings(String name, int forks, int warmupIterations, Duration warmupTime,
                                int measurementIterations, Duration measurementTime,
                                List<Integer> hiddenSizes, List<Integer> batchSizes) {
    /** The shapes of issue 7. */
    public static final List<Integer> HIDDEN_SIZES = List.of(10, 32, 64, 128);
    public static final List<Integer> BATCH_SIZES = List.of(1, 32, 128);

    public BenchmarkSettings {
        Objects.requireNonNull(name, "name");
        hiddenSizes = List.copyOf(hiddenSizes);
        batchSizes = List.copyOf(batchSizes);
        if (forks < 0) {
            throw new IllegalArgumentException("forks must be >= 0 (0 runs in this JVM, for tests only): " + forks);
        }
        if (warmupIterations < 0 || measurementIterations < 1) {
            throw new IllegalArgumentException("need warmupIterations >= 0 and measurementIterations >= 1, got "
                    + warmupIterations + " and " + measurementIterations);
        }
        if (warmupTime.isNegative() || measurementTime.isZero() || measurementTime.isNegative()) {
            throw new IllegalArgumentException("iteration times must be positive: warmup " + warmupTime
                    + ", measurement " + measurementTime);
        }
        if (hiddenSizes.isEmpty() || batchSizes.isEmpty()
                || hiddenSizes.stream().anyMatch(v -> v < 1) || batchSizes.stream().anyMatch(v -> v < 1)) {
            throw new IllegalArgumentException("hidden and batch sizes must be non-empty lists of values >= 1: H="
                    + hiddenSizes + ", B=" + batchSizes);
        }
    }

    /** About 3 minutes on 2 cores: for CI and a first look. */
    public static BenchmarkSettings quick() {
        return new BenchmarkSettings("quick", 1, 3, Duration.ofMillis(400), 3, Duration.ofMillis(400),
                HIDDEN_SIZES, BATCH_SIZES);
    }

    /** Error bars worth quoting: 3 forks x 8 iterations of 1 s after 5 s of warmup per fork. */
    public static BenchmarkSettings full() {
        return new BenchmarkSettings("full", 3, 5, Duration.ofSeconds(1), 8, Duration.ofSeconds(1),
                HIDDEN_SIZES, BATCH_SIZES);
    }

    /** The setting called {@code name}: quick or full. */
    public static BenchmarkSettings named(String name) {
        return switch (name) {
            case "quick" -> quick();
            case "full" -> full();
            default -> throw new IllegalArgumentException("unknown benchmark setting '" + name
                    + "'; valid settings: quick, full");
        };
    }
}
