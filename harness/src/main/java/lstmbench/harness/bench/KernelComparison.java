package lstmbench.harness.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The kernel's performance summary, one line per kernel shape (H, B): the kernel's time
 * per forward+backward and GFLOP/s beside deeplearning4j's time, the gemm ceilings' GFLOP/s and
 * the allocation per op, with the ratios
 *
 * <pre>
 * speed-up over deeplearning4j = dl4j seconds per op / kernel seconds per op
 * share of gemm                = kernel GFLOP/s / gemm GFLOP/s (ND4J's, and OpenBLAS's direct call)
 * </pre>
 *
 * <p>GFLOP/s and ratios are of the medians over iterations (see Estimate: steadier than the
 * means on a shared machine), as in the report's tables. throughput.csv holds the rows they come
 * from (the report's schema has no ratio metric; the report takes the same ratios from those rows).
 */
public record KernelComparison(
        int hidden,
        int batch,
        int time,
        int input,
        Estimate kernelSeconds,
        Optional<Estimate> dl4jSeconds,
        Optional<Estimate> gemmSeconds,
        Optional<Estimate> cblasSeconds,
        OptionalDouble kernelAllocBytes,
        OptionalDouble dl4jAllocBytes) {

    /** One line per kernel measurement, sorted by H then B, joined with the peers at the same H and B. */
    public static List<KernelComparison> of(List<Measurement> measurements) {
        List<KernelComparison> lines = new ArrayList<>();
        for (Measurement k : measurements) {
            if (!k.className().equals(KernelForwardBackward.class.getName())) {
                continue;
            }
            int h = k.intParam("H"), b = k.intParam("B");
            Optional<Measurement> dl4j =
                    find(measurements, Dl4jLstmForwardBackward.class.getName() + ".forwardBackward", h, b);
            Optional<Measurement> gemm = find(measurements, GemmCeiling.class.getName() + ".nd4jGemm", h, b);
            Optional<Measurement> cblas = find(measurements, GemmCeiling.class.getName() + ".cblasSgemm", h, b);
            lines.add(new KernelComparison(
                    h,
                    b,
                    k.intParam("T"),
                    k.intParam("I"),
                    k.time(),
                    dl4j.map(Measurement::time),
                    gemm.map(Measurement::time),
                    cblas.map(Measurement::time),
                    alloc(Optional.of(k)),
                    alloc(dl4j)));
        }
        lines.sort(Comparator.comparingInt(KernelComparison::hidden).thenComparingInt(KernelComparison::batch));
        return lines;
    }

    /** Gate-product FLOPs of one kernel op (LstmFlops.forwardBackward). */
    public double flopsPerOp() {
        return LstmFlops.forwardBackward(hidden, batch, time, input);
    }

    public double kernelGflops() {
        return flopsPerOp() / kernelSeconds.median() / 1e9;
    }

    public OptionalDouble gemmGflops() {
        return gflops(gemmSeconds);
    }

    public OptionalDouble cblasGflops() {
        return gflops(cblasSeconds);
    }

    /** deeplearning4j's time over the kernel's: how many times faster the kernel is. */
    public OptionalDouble speedupOverDl4j() {
        return dl4jSeconds
                .map(d -> OptionalDouble.of(d.median() / kernelSeconds.median()))
                .orElse(OptionalDouble.empty());
    }

    /** Kernel GFLOP/s as a fraction of Nd4j.gemm's on the recurrent product (the ceiling the kernel is measured against). */
    public OptionalDouble shareOfGemm() {
        OptionalDouble g = gemmGflops();
        return g.isPresent() ? OptionalDouble.of(kernelGflops() / g.getAsDouble()) : OptionalDouble.empty();
    }

    /** Kernel GFLOP/s as a fraction of a direct cblas_sgemm's on the recurrent product. */
    public OptionalDouble shareOfCblas() {
        OptionalDouble g = cblasGflops();
        return g.isPresent() ? OptionalDouble.of(kernelGflops() / g.getAsDouble()) : OptionalDouble.empty();
    }

    /** A plain-text table of the lines, for the console and the closing note. */
    public static String table(List<KernelComparison> lines) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%4s %4s  %17s  %17s  %7s  %8s  %8s  %8s  %6s  %6s  %9s  %9s%n",
                "H",
                "B",
                "kernel ms/op med",
                "dl4j ms/op med",
                "speedup",
                "kern GF",
                "gemm GF",
                "cblas GF",
                "%gemm",
                "%cblas",
                "kern B/op",
                "dl4j B/op"));
        for (KernelComparison c : lines) {
            out.append(String.format(
                    Locale.ROOT,
                    "%4d %4d  %17s  %17s  %7s  %8.2f  %8s  %8s  %6s  %6s  %9s  %9s%n",
                    c.hidden,
                    c.batch,
                    millis(Optional.of(c.kernelSeconds)),
                    millis(c.dl4jSeconds),
                    number(c.speedupOverDl4j(), "%.1fx", 1),
                    c.kernelGflops(),
                    number(c.gemmGflops(), "%.2f", 1),
                    number(c.cblasGflops(), "%.2f", 1),
                    number(c.shareOfGemm(), "%.0f%%", 100),
                    number(c.shareOfCblas(), "%.0f%%", 100),
                    number(c.kernelAllocBytes, "%.0f", 1),
                    number(c.dl4jAllocBytes, "%.0f", 1)));
        }
        return out.toString();
    }

    private OptionalDouble gflops(Optional<Estimate> seconds) {
        return seconds.map(s -> OptionalDouble.of(LstmFlops.recurrentProduct(hidden, batch) / s.median() / 1e9))
                .orElse(OptionalDouble.empty());
    }

    private static Optional<Measurement> find(List<Measurement> all, String benchmark, int h, int b) {
        return all.stream()
                .filter(m -> m.benchmark().equals(benchmark) && m.intParam("H") == h && m.intParam("B") == b)
                .findFirst();
    }

    private static OptionalDouble alloc(Optional<Measurement> m) {
        return m.flatMap(Measurement::allocation)
                .map(a -> OptionalDouble.of(a.mean()))
                .orElse(OptionalDouble.empty());
    }

    private static String millis(Optional<Estimate> seconds) {
        return seconds.map(s -> Double.isFinite(s.error())
                        ? String.format(Locale.ROOT, "%.3f ± %.3f", s.median() * 1e3, s.error() * 1e3)
                        : String.format(Locale.ROOT, "%.3f", s.median() * 1e3))
                .orElse("-");
    }

    private static String number(OptionalDouble v, String format, double scale) {
        return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble() * scale) : "-";
    }
}
