package lstmbench.report.results;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The machine and software a results folder was produced on, as recorded in manifest.json.
 *
 * <p>Where an experiment ran.
 *
 * @param jvm                 JVM vendor, name and version
 * @param os                  operating system name, version and architecture
 * @param cpuModel            CPU model name
 * @param availableProcessors processors the JVM saw
 * @param nd4jBackend         ND4J backend class or name (e.g. {@code nd4j-native CPU})
 * @param blas                BLAS vendor and version as ND4J reports it
 * @param threads             thread settings, e.g. {@code OMP_NUM_THREADS=1, workers=2}
 * @param host                the machine's host name; empty in manifests written before it was
 *                            recorded, or when the machine does not know its name
 */
public record Environment(
        String jvm,
        String os,
        String cpuModel,
        int availableProcessors,
        String nd4jBackend,
        String blas,
        String threads,
        Optional<String> host) {
    public Environment {
        Objects.requireNonNull(jvm, "jvm");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(cpuModel, "cpuModel");
        Objects.requireNonNull(nd4jBackend, "nd4jBackend");
        Objects.requireNonNull(blas, "blas");
        Objects.requireNonNull(threads, "threads");
        host = host == null ? Optional.empty() : host;
    }

    /**
     * The JVM, OS, CPU, processor count and host name of the running process, with the ND4J facts the caller
     * knows (this module does not depend on ND4J).
     */
    public static Environment ofThisMachine(String nd4jBackend, String blas, String threads) {
        String jvm = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version", System.getProperty("java.version"));
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
        return new Environment(
                jvm,
                os,
                readCpuModel(),
                Runtime.getRuntime().availableProcessors(),
                nd4jBackend,
                blas,
                threads,
                hostName());
    }

    private static Optional<String> hostName() {
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName()).filter(name -> !name.isBlank());
        } catch (IOException | RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private static String readCpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            List<String> lines = Files.readAllLines(cpuinfo);
            return lines.stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }
}
