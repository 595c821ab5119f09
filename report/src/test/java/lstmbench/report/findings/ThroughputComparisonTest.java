package lstmbench.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;
import org.junit.jupiter.api.Test;

/**
 * The kernel's share of the cblas_sgemm ceiling per shape and an epoch's rate against the kernel's
 * alone, computed from constructed throughput rows, with the counterparts that are missing left empty.
 */
public class ThroughputComparisonTest {
    static ThroughputRecord row(BenchmarkSubject subject, ThroughputMetric metric, String parameters, double score) {
        return new ThroughputRecord("Bench.method", subject, metric, parameters, score, score / 10, Double.NaN, "unit");
    }

    static ThroughputRecord kernel(ThroughputMetric metric, String shape, double score) {
        return row(BenchmarkSubject.KERNEL, metric, shape + ", I=1", score);
    }

    /** Kernel, gemm and epoch rows with one shape short of its ceiling and epochs short of a kernel counterpart. */
    public static final List<ThroughputRecord> ROWS = List.of(
            kernel(ThroughputMetric.SECONDS_PER_OP, "H=64, B=32, T=50", 0.004),
            kernel(ThroughputMetric.TIMESTEPS_PER_SECOND, "H=64, B=32, T=50", 400_000),
            kernel(ThroughputMetric.GFLOPS, "H=64, B=32, T=50", 30),
            kernel(ThroughputMetric.SECONDS_PER_OP, "H=32, B=32, T=50", 0.002),
            kernel(ThroughputMetric.TIMESTEPS_PER_SECOND, "H=32, B=32, T=50", 800_000),
            kernel(ThroughputMetric.GFLOPS, "H=32, B=32, T=50", 20),
            kernel(ThroughputMetric.SECONDS_PER_OP, "H=32, B=1, T=50", 0.0001),
            kernel(ThroughputMetric.GFLOPS, "H=32, B=1, T=50", 18),
            row(BenchmarkSubject.GEMM, ThroughputMetric.GFLOPS, "H=32, B=32", 10),
            row(BenchmarkSubject.BLAS_GEMM, ThroughputMetric.SECONDS_PER_OP, "H=32, B=32", 7e-6),
            row(BenchmarkSubject.BLAS_GEMM, ThroughputMetric.GFLOPS, "H=32, B=32", 40),
            row(BenchmarkSubject.BLAS_GEMM, ThroughputMetric.GFLOPS, "H=32, B=1", 2),
            row(
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.SECONDS_PER_OP,
                    "strategy=stateful-tbptt, H=32, B=32, T=50, timesteps=33056, steps=21",
                    0.08),
            row(
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    "strategy=stateful-tbptt, H=32, B=32, T=50, timesteps=33056, steps=21",
                    450_000),
            row(
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    "strategy=chunked-reset?chunk=50&batch=32, H=32, B=32, T=50, timesteps=33073, steps=22",
                    360_000),
            row(
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    "strategy=full-bptt, H=32, B=1, T=33073, timesteps=33073, steps=1",
                    90_000),
            row(
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    "strategy=sliding-window, H=32, timesteps=1651200, steps=1032",
                    780_000));

    static ThroughputRecord withMedian(
            BenchmarkSubject subject, ThroughputMetric metric, String parameters, double score, double median) {
        return new ThroughputRecord("Bench.method", subject, metric, parameters, score, score / 4, median, "unit");
    }

    /**
     * A kernel whose mean was pulled down by slowed iterations (GFLOP/s: score 14, median 20;
     * timesteps/s: 560k and 800k), its ceiling (40 either way) and an epoch (700k, median 720k).
     */
    public static final List<ThroughputRecord> MEDIAN_ROWS = List.of(
            withMedian(BenchmarkSubject.KERNEL, ThroughputMetric.GFLOPS, "H=32, B=32, T=50, I=1", 14, 20),
            withMedian(
                    BenchmarkSubject.KERNEL,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    "H=32, B=32, T=50, I=1",
                    560_000,
                    800_000),
            withMedian(BenchmarkSubject.BLAS_GEMM, ThroughputMetric.GFLOPS, "H=32, B=32", 40, 40),
            withMedian(
                    BenchmarkSubject.STRATEGY_EPOCH,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    "strategy=stateful-tbptt, H=32, B=32, T=50, timesteps=33056, steps=21",
                    700_000,
                    720_000));

    @Test
    void sharesAndEpochRatiosAreOfTheMediansWhereTheRowsHaveThem() {
        assertEquals(0.5, GemmShare.of(MEDIAN_ROWS).get(0).share().getAsDouble(), 1e-12, "20 / 40, not 14 / 40");
        assertEquals(
                0.9,
                EpochKernelRate.of(MEDIAN_ROWS).get(0).ratio().getAsDouble(),
                1e-12,
                "720k / 800k, not 700k / 560k");
    }

    @Test
    void theShareIsKernelGflopsOverCblasSgemmGflopsAtTheSameHAndB() {
        List<GemmShare> shares = GemmShare.of(ROWS);

        assertEquals(
                List.of(new KernelShape(32, 1, 50), new KernelShape(32, 32, 50), new KernelShape(64, 32, 50)),
                shares.stream().map(GemmShare::shape).toList(),
                "one line per kernel shape, sorted by H, B, T");
        GemmShare h32b32 = shares.get(1);
        assertEquals(0.002, h32b32.kernelSeconds().orElseThrow().score());
        assertEquals(20, h32b32.kernelGflops().orElseThrow().score());
        assertEquals(
                BenchmarkSubject.BLAS_GEMM,
                h32b32.gemmGflops().orElseThrow().subject(),
                "the cblas_sgemm ceiling, not ND4J's gemm");
        assertEquals(40, h32b32.gemmGflops().orElseThrow().score());
        assertEquals(0.5, h32b32.share().getAsDouble(), 1e-12);
        assertEquals(9, shares.get(0).share().getAsDouble(), 1e-12, "B = 1 can run above the ceiling");
    }

    @Test
    void aShapeWithoutItsCeilingHasNoShare() {
        GemmShare h64 = GemmShare.of(ROWS).get(2);

        assertEquals(30, h64.kernelGflops().orElseThrow().score());
        assertEquals(Optional.empty(), h64.gemmGflops());
        assertEquals(OptionalDouble.empty(), h64.share());
        assertEquals(
                OptionalDouble.empty(),
                new GemmShare(
                                new KernelShape(8, 1, 5),
                                Optional.empty(),
                                Optional.of(kernel(ThroughputMetric.GFLOPS, "H=8, B=1, T=5", 3)),
                                Optional.of(row(BenchmarkSubject.BLAS_GEMM, ThroughputMetric.GFLOPS, "H=8, B=1", 0)))
                        .share(),
                "a zero ceiling is no ceiling");
    }

    @Test
    void theEpochRateIsSetAgainstTheKernelsAtTheEpochsShape() {
        List<EpochKernelRate> rates = EpochKernelRate.of(ROWS);

        assertEquals(
                List.of("stateful-tbptt", "chunked-reset?chunk=50&batch=32", "full-bptt", "sliding-window"),
                rates.stream().map(EpochKernelRate::strategy).toList(),
                "one line per epoch timesteps/s row, in the rows' order");
        EpochKernelRate tbptt = rates.get(0);
        assertEquals(Optional.of(new KernelShape(32, 32, 50)), tbptt.shape());
        assertEquals(450_000, tbptt.epochRate().score());
        assertEquals(800_000, tbptt.kernelRate().orElseThrow().score());
        assertEquals(0.5625, tbptt.ratio().getAsDouble(), 1e-12);
        assertEquals(0.45, rates.get(1).ratio().getAsDouble(), 1e-12);
    }

    @Test
    void anEpochWithoutAKernelCounterpartOrWithoutAShapeHasNoRatio() {
        List<EpochKernelRate> rates = EpochKernelRate.of(ROWS);

        EpochKernelRate fullBptt = rates.get(2);
        assertEquals(Optional.of(new KernelShape(32, 1, 33_073)), fullBptt.shape());
        assertEquals(Optional.empty(), fullBptt.kernelRate(), "the kernel ran T = 50 only");
        assertEquals(OptionalDouble.empty(), fullBptt.ratio());
        EpochKernelRate unshaped = rates.get(3);
        assertEquals(Optional.empty(), unshaped.shape(), "a row written before epochs named B and T");
        assertEquals(780_000, unshaped.epochRate().score());
        assertTrue(unshaped.ratio().isEmpty());
    }

    @Test
    void aShapeNeedsWholeNumbersForHBAndT() {
        assertEquals(
                Optional.empty(),
                KernelShape.of(row(BenchmarkSubject.KERNEL, ThroughputMetric.GFLOPS, "H=32, B=32", 1)));
        assertEquals(
                Optional.empty(),
                KernelShape.of(row(BenchmarkSubject.KERNEL, ThroughputMetric.GFLOPS, "H=32, B=1.5, T=50", 1)));
        assertEquals("H=32, B=1, T=50", new KernelShape(32, 1, 50).label());
    }
}
