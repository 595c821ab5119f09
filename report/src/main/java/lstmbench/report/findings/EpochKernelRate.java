package lstmbench.report.findings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;

/**
 * A training epoch's timesteps per second beside the kernel's alone at the same shape: how much of
 * the kernel's forward+backward rate survives a whole epoch (batch building, the dense head and
 * loss, clipping, the optimiser step and any smaller remainder batches).
 *
 * <pre>
 * ratio = STRATEGY_EPOCH TIMESTEPS_PER_SECOND / KERNEL TIMESTEPS_PER_SECOND   (at the epoch row's H, B, T)
 * </pre>
 *
 * <p>The epoch row's H, B and T are the model's hidden size and the batch shape that carries most of
 * the epoch's timesteps; rows written before epochs named B and T have no shape, and an epoch whose
 * shape the kernel benchmark did not measure (full-bptt's B = 1 over the whole series, say) has no
 * counterpart. Both benchmarks run the same univariate model (I = 1).
 *
 * @param epochRate  the epoch's TIMESTEPS_PER_SECOND row
 * @param shape      the epoch's H, B and T, empty when the row does not name them
 * @param kernelRate the kernel's TIMESTEPS_PER_SECOND row at that shape, empty when not measured
 */
public record EpochKernelRate(
        ThroughputRecord epochRate, Optional<KernelShape> shape, Optional<ThroughputRecord> kernelRate) {
    public EpochKernelRate {
        Objects.requireNonNull(epochRate, "epochRate");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(kernelRate, "kernelRate");
    }

    /** The strategy spec of the epoch row. */
    public String strategy() {
        return epochRate.textParameter("strategy");
    }

    /** One line per strategy epoch's TIMESTEPS_PER_SECOND row, in the rows' order. */
    public static List<EpochKernelRate> of(List<ThroughputRecord> rows) {
        return rows.stream()
                .filter(r -> r.subject() == BenchmarkSubject.STRATEGY_EPOCH
                        && r.metric() == ThroughputMetric.TIMESTEPS_PER_SECOND)
                .map(epoch -> {
                    Optional<KernelShape> shape = KernelShape.of(epoch);
                    Optional<ThroughputRecord> kernel = shape.flatMap(s -> rows.stream()
                            .filter(r -> r.subject() == BenchmarkSubject.KERNEL
                                    && r.metric() == ThroughputMetric.TIMESTEPS_PER_SECOND
                                    && KernelShape.of(r).equals(Optional.of(s)))
                            .findFirst());
                    return new EpochKernelRate(epoch, shape, kernel);
                })
                .toList();
    }

    /**
     * Epoch timesteps/s over kernel-only timesteps/s, of their medians over iterations where the rows
     * have them (ThroughputRecord.typical); empty without a positive kernel rate.
     */
    public OptionalDouble ratio() {
        if (kernelRate.isEmpty() || !(kernelRate.get().typical() > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(epochRate.typical() / kernelRate.get().typical());
    }
}
