package lstmbench.harness.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import lstmbench.report.results.Environment;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What manifest.json records about the machine and software: JVM, OS and CPU (via the report
 * module), ND4J's backend and BLAS as ND4J itself reports them, thread settings, the project
 * version (filtered into the jar at build time) and the git commit of the working tree.
 */
public final class EnvironmentProbe {
    private EnvironmentProbe() {}

    public static Environment capture(int workers) {
        Properties nd4j = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = "nd4j-native " + Nd4j.getBackend().getClass().getSimpleName() + " ("
                + nd4j.getProperty("backend", "CPU") + ")";
        String blas = nd4j.getProperty("blas.vendor", "unknown") + "; kernel products via org.bytedeco openblas";
        String omp = System.getenv().getOrDefault("OMP_NUM_THREADS", "unset");
        String threads = "OMP_NUM_THREADS=" + omp + ", workers=" + workers + ", nd4j omp.threads="
                + nd4j.getProperty("omp.threads", "?");
        return Environment.ofThisMachine(backend, blas, threads);
    }

    /** The project version the jar was built as. */
    public static String projectVersion() {
        try (InputStream in = EnvironmentProbe.class.getResourceAsStream("/lstmbench-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The commit of the git work tree the program runs in, or "unknown" outside git. */
    public static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.matches("[0-9a-f]{40}")) {
                return "unknown";
            }
            return out;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
