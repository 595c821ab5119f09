package lstmbench.harness.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lstmbench.report.io.AtomicFiles;

/**
 * What this JVM process used, as {@code lstmbench scale} reads it from each child {@code lstmbench
 * run}: the child writes it as JSON ({@code {"wallSeconds", "peakHeapBytes", "peakRssBytes"}}) at
 * the end of the run when the system property {@value #FILE_PROPERTY} names a file.
 *
 * @param wallSeconds   seconds from the JVM's start (RuntimeMXBean start time) to the measurement
 * @param peakHeapBytes the sum over the heap memory pools (eden, survivor, old generation) of each
 *                      pool's own peak usage. The pools peak at different moments (eden peaks just
 *                      before every young collection, the old generation late), so this sum is an
 *                      upper bound of the heap's true peak, never below it
 * @param peakRssBytes  the peak resident set size of the process, VmHWM of /proc/self/status in bytes
 *                      (heap, native buffers, code, thread stacks); -1 where /proc is not available
 *                      (not Linux)
 */
public record ProcessResources(
        @JsonProperty(value = "wallSeconds", required = true)
        double wallSeconds,

        @JsonProperty(value = "peakHeapBytes", required = true)
        long peakHeapBytes,

        @JsonProperty(value = "peakRssBytes", required = true)
        long peakRssBytes) {
    /** The system property naming the JSON file a run writes its resources to. */
    public static final String FILE_PROPERTY = "lstmbench.resourcesFile";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    /** The resources this process has used so far. */
    public static ProcessResources ofThisProcess() {
        long startMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        double wall = (System.currentTimeMillis() - startMillis) / 1000.0;
        return new ProcessResources(wall, peakHeapBytes(ManagementFactory.getMemoryPoolMXBeans()), peakRss());
    }

    /** The sum of the heap pools' peak usages (an upper bound of the heap's peak, see the record). */
    static long peakHeapBytes(List<MemoryPoolMXBean> pools) {
        long sum = 0;
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM of /proc/self/status in bytes, or -1 when it cannot be read. */
    static long peakRss() {
        try {
            return Files.isReadable(PROC_STATUS)
                    ? vmHwmBytes(Files.readAllLines(PROC_STATUS)).orElse(-1L)
                    : -1;
        } catch (IOException unreadable) {
            return -1;
        }
    }

    /** The VmHWM line of a /proc/PID/status text ("VmHWM:   123456 kB") in bytes. */
    static Optional<Long> vmHwmBytes(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                try {
                    long value = Long.parseLong(parts[0]);
                    return Optional.of(parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value);
                } catch (NumberFormatException malformed) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Writes this process's resources to the file {@value #FILE_PROPERTY} names, atomically (a
     * temporary sibling renamed into place); does nothing when the property is not set.
     */
    public static void writeIfRequested() throws IOException {
        writeIfNamed(System.getProperty(FILE_PROPERTY));
    }

    /** Writes this process's resources to {@code file} unless it is null or blank; the file written, if any. */
    static Optional<Path> writeIfNamed(String file) throws IOException {
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        ofThisProcess().write(path);
        return Optional.of(path);
    }

    /** Writes these resources as JSON to {@code file}, atomically. */
    public void write(Path file) throws IOException {
        byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        AtomicFiles.write(file, out -> out.write(json));
    }

    /** Reads resources written by {@link #write}. */
    public static ProcessResources read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ProcessResources.class);
    }
}
