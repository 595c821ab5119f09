package lstmbench.report.findings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;

/**
 * One kernel shape's share of the gemm ceiling: the kernel's achieved GFLOP/s over one chunk's
 * forward and backward pass, divided by the GFLOP/s of a direct cblas_sgemm of the recurrent product
 * {@code [B, H] x [H, 4H]} at the same H and B ({@code BLAS_GEMM} rows), both from the same
 * throughput.csv, that is the same benchmark run.
 *
 * <pre>
 * share = kernel GFLOPS / BLAS_GEMM GFLOPS      (at the kernel row's H and B; medians over iterations)
 * </pre>
 *
 * <p>Above 1 is possible at B &lt;= 8, where the kernel makes the product with sgemv per row rather than sgemm.
 *
 * @param shape         the kernel chunk's H, B and T
 * @param kernelSeconds the kernel's SECONDS_PER_OP row (seconds per chunk), empty when absent
 * @param kernelGflops  the kernel's GFLOPS row, empty when absent
 * @param gemmGflops    cblas_sgemm's GFLOPS row at the same H and B, empty when that ceiling was not
 *                      measured
 */
public record GemmShare(
        KernelShape shape,
        Optional<ThroughputRecord> kernelSeconds,
        Optional<ThroughputRecord> kernelGflops,
        Optional<ThroughputRecord> gemmGflops) {
    public GemmShare {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(kernelSeconds, "kernelSeconds");
        Objects.requireNonNull(kernelGflops, "kernelGflops");
        Objects.requireNonNull(gemmGflops, "gemmGflops");
    }

    /** One line per kernel shape in the rows (sorted by H, B, T), whether or not its ceiling was measured. */
    public static List<GemmShare> of(List<ThroughputRecord> rows) {
        return rows.stream()
                .filter(r -> r.subject() == BenchmarkSubject.KERNEL)
                .map(KernelShape::of)
                .flatMap(Optional::stream)
                .distinct()
                .sorted(KernelShape.ORDER)
                .map(shape -> new GemmShare(
                        shape,
                        kernel(rows, shape, ThroughputMetric.SECONDS_PER_OP),
                        kernel(rows, shape, ThroughputMetric.GFLOPS),
                        rows.stream()
                                .filter(r -> r.subject() == BenchmarkSubject.BLAS_GEMM
                                        && r.metric() == ThroughputMetric.GFLOPS
                                        && shape.sameProduct(r))
                                .findFirst()))
                .toList();
    }

    /**
     * Kernel GFLOP/s over cblas_sgemm GFLOP/s, of their medians over iterations where the rows have
     * them (of the means otherwise, see ThroughputRecord.typical); empty when either is missing or
     * the ceiling is not positive.
     */
    public OptionalDouble share() {
        if (kernelGflops.isEmpty() || gemmGflops.isEmpty() || !(gemmGflops.get().typical() > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(kernelGflops.get().typical() / gemmGflops.get().typical());
    }

    private static Optional<ThroughputRecord> kernel(
            List<ThroughputRecord> rows, KernelShape shape, ThroughputMetric metric) {
        return rows.stream()
                .filter(r -> r.subject() == BenchmarkSubject.KERNEL
                        && r.metric() == metric
                        && KernelShape.of(r).equals(Optional.of(shape)))
                .findFirst();
    }
}
