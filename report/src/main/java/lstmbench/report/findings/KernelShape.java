package lstmbench.report.findings;

import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;
import lstmbench.report.results.ThroughputRecord;

/**
 * The shape of a chunk the LSTM processes: hidden size H, B rows (streams, windows or chunks) and T
 * steps, as the {@code H}, {@code B} and {@code T} parameters of a throughput row name it. Kernel
 * rows give the chunk they time; training-epoch rows give the batch shape that carries most of the
 * epoch's timesteps.
 *
 * @param hidden hidden size H
 * @param batch  rows per chunk B
 * @param time   steps per chunk T
 */
public record KernelShape(int hidden, int batch, int time) {
    /** Sorted by H, then B, then T. */
    public static final Comparator<KernelShape> ORDER = Comparator.comparingInt(KernelShape::hidden)
            .thenComparingInt(KernelShape::batch)
            .thenComparingInt(KernelShape::time);

    /** The row's shape, or empty unless it names H, B and T as whole numbers. */
    public static Optional<KernelShape> of(ThroughputRecord row) {
        OptionalDouble h = row.parameter("H"), b = row.parameter("B"), t = row.parameter("T");
        if (!whole(h) || !whole(b) || !whole(t)) {
            return Optional.empty();
        }
        return Optional.of(new KernelShape((int) h.getAsDouble(), (int) b.getAsDouble(), (int) t.getAsDouble()));
    }

    /** Whether the row measured this H and B, whatever its T (the gemm ceilings have no T). */
    public boolean sameProduct(ThroughputRecord row) {
        return row.parameter("H").orElse(Double.NaN) == hidden
                && row.parameter("B").orElse(Double.NaN) == batch;
    }

    /** {@code "H=32, B=32, T=50"}. */
    public String label() {
        return "H=" + hidden + ", B=" + batch + ", T=" + time;
    }

    private static boolean whole(OptionalDouble value) {
        return value.isPresent()
                && value.getAsDouble() == Math.rint(value.getAsDouble())
                && Math.abs(value.getAsDouble()) <= Integer.MAX_VALUE;
    }
}
