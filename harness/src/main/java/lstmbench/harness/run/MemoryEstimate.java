package lstmbench.harness.run;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import lstmbench.harness.config.ConfigException;
import lstmbench.harness.config.ExperimentConfig;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.Network;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.evaluation.StreamingForecast;
import lstmbench.strategies.evaluation.WindowedForecast;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.EpochSeed;

/**
 * The memory an experiment's kernel buffers need, estimated before anything is allocated, so that
 * a model too large for the machine is refused with a message (exit code 2) instead of failing in
 * the native allocator halfway through (ND4J's {@code std::bad_alloc}).
 *
 * <p>The kernel's arrays are ND4J buffers outside the Java heap. One worker trains one group at a
 * time and holds, as float32:
 *
 * <pre>
 * parameters   P x 4 bytes x (learning rates + 3): the weights of every learning rate's candidate
 *              (kept until the best is chosen), the gradients and Adam's two moments;
 *              P = ModelDims.parameterCount() = 4H(I + H + 1) + K(H + 1), I = K = 1
 * workspaces   the largest training batch's Network.Workspace over every strategy and dataset
 *              (rows x length of the first epoch's plan: window or chunk length, batch rows or
 *              streams), plus the two evaluation workspaces (WindowedForecast: ROWS x W;
 *              StreamingForecast: 1 x SEGMENT)
 * </pre>
 *
 * <p>The total is that times the workers that run at once (at most one per group). It is a lower
 * bound (ND4J's own bookkeeping, the input-sensitivity probe and the Java objects come on top) and
 * is compared with the memory the machine leaves beside the Java heap: physical memory minus the
 * heap's maximum (Runtime.maxMemory(), which the heap may grow to).
 *
 * <p>The Java heap holds the series and what is computed from them, not the results files (written
 * row by row, forecasts and long series kept to what the report draws), so its estimate is
 *
 * <pre>
 * heap = HEAP_BASE_BYTES + HEAP_BYTES_PER_POINT x (points of every series loaded)
 *        + HEAP_BYTES_PER_WORKER_POINT x (points of the longest series) x workers
 * </pre>
 *
 * <p>per series point: the values as loaded and scaled, the split and the filled-in marks; per
 * worker and point: the forecasts of a held-out part and their copies on the original scale. The
 * constants are set above what was measured (about 290 MB of heap live after collections for one
 * 4,724,900-point series and one worker, estimated here at about 500 MB), and the estimate is
 * compared with the maximum heap (the launcher's -Xmx, LSTMBENCH_HEAP).
 *
 * @param bytesPerWorker parameters plus workspaces of one worker
 * @param parameterBytes the parameter part of {@code bytesPerWorker}
 * @param workers workers that train at once
 * @param heapBytes the Java heap the experiment needs (see above)
 */
public record MemoryEstimate(long bytesPerWorker, long parameterBytes, int workers, long heapBytes) {
    /** The heap a run needs beside its series: the JVM's own classes, ND4J's Java side, the report. */
    static final long HEAP_BASE_BYTES = 160L << 20;
    /** Heap per point of every loaded series. */
    static final long HEAP_BYTES_PER_POINT = 48;
    /** Heap per point of the longest series, per worker. */
    static final long HEAP_BYTES_PER_WORKER_POINT = 24;

    /** The machine's memory as the estimate is compared with it. */
    public record Limits(long physicalBytes, long maxHeapBytes) {
        /** This machine's physical memory (com.sun.management) and this JVM's maximum heap. */
        public static Limits ofThisMachine() {
            long physical =
                    ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                            ? os.getTotalMemorySize()
                            : Long.MAX_VALUE;
            return new Limits(physical, Runtime.getRuntime().maxMemory());
        }

        /** Memory left for buffers outside the Java heap. */
        public long nativeBytes() {
            return Math.max(0, physicalBytes - maxHeapBytes);
        }
    }

    public long totalBytes() {
        return saturatedMultiply(bytesPerWorker, workers);
    }

    /** The estimate for a prepared plan trained on {@code workers} threads. */
    public static MemoryEstimate of(ExperimentPlan plan, int workers) {
        var config = plan.config();
        ModelDims dims = new ModelDims(1, config.model().hiddenSize(), 1);
        long parameterBytes = saturatedMultiply(
                dims.parameterCount() * 4, config.learningRates().size() + 3);
        long largestBatch = 0;
        for (ExperimentPlan.PreparedDataset d : plan.datasets()) {
            for (Strategy s : plan.strategies()) {
                for (BatchSpec batch :
                        s.plan(d.data().trainLength(), new EpochSeed(0, 1)).batches()) {
                    largestBatch = Math.max(largestBatch, Network.Workspace.bytes(dims, batch.rows(), batch.length()));
                }
            }
        }
        long evaluation = Network.Workspace.bytes(
                        dims, WindowedForecast.ROWS, config.evaluation().window())
                + Network.Workspace.bytes(dims, 1, StreamingForecast.SEGMENT);
        long perWorker = parameterBytes + largestBatch + evaluation;
        int atOnce = workersAtOnce(workers, plan.groups().size());
        long points = 0, longest = 0;
        for (ExperimentPlan.PreparedDataset d : plan.datasets()) {
            points += d.series().length();
            longest = Math.max(longest, d.series().length());
        }
        return new MemoryEstimate(perWorker, parameterBytes, atOnce, heapBytes(points, longest, atOnce));
    }

    /** How many of {@code workers} train at once on {@code groups} run groups: at least one, at most one per group. */
    public static int workersAtOnce(int workers, int groups) {
        return Math.max(1, Math.min(workers, groups));
    }

    /**
     * The Java heap estimate of the class comment: series of {@code points} points in all, the
     * longest of {@code longest} points, {@code workers} workers training at once.
     */
    public static long heapBytes(long points, long longest, int workers) {
        return HEAP_BASE_BYTES
                + saturatedMultiply(HEAP_BYTES_PER_POINT, points)
                + saturatedMultiply(saturatedMultiply(HEAP_BYTES_PER_WORKER_POINT, longest), workers);
    }

    /**
     * Refuses (ConfigException, exit code 2) a plan whose estimate exceeds what {@code limits} leave
     * beside the Java heap, naming the estimate, the limit and the options that lower it.
     */
    public static void requireFits(ExperimentPlan plan, int workers, Limits limits) {
        MemoryEstimate e = of(plan, workers);
        if (e.heapBytes() > limits.maxHeapBytes()) {
            long points =
                    plan.datasets().stream().mapToLong(d -> d.series().length()).sum();
            throw new ConfigException("the series (" + points + " points in "
                    + plan.datasets().size()
                    + " series) need about " + size(e.heapBytes()) + " of Java heap with " + e.workers() + " worker"
                    + (e.workers() > 1 ? "s" : "") + ", more than the " + size(limits.maxHeapBytes())
                    + " maximum heap; raise it (LSTMBENCH_HEAP=" + suggestedHeap(e.heapBytes())
                    + " scripts/lstmbench ..., or java -Xmx" + suggestedHeap(e.heapBytes())
                    + "), or use fewer --workers or shorter series");
        }
        if (e.totalBytes() <= limits.nativeBytes()) {
            return;
        }
        throw new ConfigException("model.hiddenSize " + plan.config().model().hiddenSize() + " needs at least "
                + size(e.bytesPerWorker()) + " per worker (" + size(e.parameterBytes()) + " of parameters for "
                + plan.config().learningRates().size() + " learning rates, the rest batch buffers)"
                + (e.workers() > 1 ? " x " + e.workers() + " workers = " + size(e.totalBytes()) : "")
                + ", more than the " + size(limits.nativeBytes()) + " this machine leaves beside the Java heap ("
                + size(limits.physicalBytes()) + " physical memory, " + size(limits.maxHeapBytes())
                + " maximum heap); lower model.hiddenSize, the strategies' batch rows or chunk and window length,"
                + " the learning rates or --workers");
    }

    /**
     * Prepares the plan (loading every dataset), refusing with the same kind of message as {@link
     * #requireFits} when the series do not even load into the heap: the estimate needs them loaded,
     * so a series far beyond the heap would otherwise end in an OutOfMemoryError. The arrays the
     * failed load allocated are unreachable once the error is caught, so the refusal itself has room.
     */
    public static ExperimentPlan prepareWithinHeap(ExperimentConfig config, Limits limits) {
        try {
            return ExperimentPlan.prepare(config);
        } catch (OutOfMemoryError loading) {
            String larger = suggestedHeap(2 * limits.maxHeapBytes());
            throw new ConfigException("loading the datasets ran out of the " + size(limits.maxHeapBytes())
                    + " maximum Java heap before the series could be measured; raise it (LSTMBENCH_HEAP="
                    + larger + " scripts/lstmbench ..., or java -Xmx" + larger
                    + " and higher until run accepts it), or use shorter series");
        }
    }

    /** A -Xmx value at least {@code bytes}, rounded up to whole gigabytes, e.g. "2g". */
    public static String suggestedHeap(long bytes) {
        return Math.max(1, (bytes + (1L << 30) - 1) >> 30) + "g";
    }

    /** Bytes in binary units, e.g. "1.5 GiB". */
    public static String size(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }
}
