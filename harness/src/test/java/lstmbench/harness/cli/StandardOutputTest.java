package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import lstmbench.datasets.named.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a separate process, the way scripts/lstmbench starts it, from a working
 * directory outside the repository and with LSTMBENCH_DATA unset: a run (which loads ND4J's native
 * backend) prints only its own lines on stdout, with no native build banner (GCC: ...,
 * HAVE_OPENBLAS) there or anywhere even with library logging turned up to INFO; and a named dataset
 * loads from the copy bundled on the class path.
 */
class StandardOutputTest {
    /** A line of ND4J's native build information. */
    private static final Pattern BANNER = Pattern.compile("GCC:|HAVE_OPENBLAS|HAVE_FLATBUFFERS|STD version:");

    private static final String ONE_RUN = """
            name: one
            datasets:
              - "synthetic:seasonal-ar?lag=4&length=400&seed=3"
            strategies:
              - "sliding-window?window=8&batch=16"
            model: {hiddenSize: 4, layers: 1}
            learningRates: [0.01]
            epochs: 1
            seeds: [1]
            evaluation: {window: 8}
            """;

    private record Outcome(int exitCode, String out, String err) {}

    /** Runs {@code lstmbench ARGS} in a new JVM in {@code workingDirectory}, with the test's class path. */
    private static Outcome lstmbench(Path workingDirectory, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LstmBench.class.getName());
        command.addAll(List.of(args));
        Path out = workingDirectory.resolve("stdout.txt"), err = workingDirectory.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove(DataDirectory.ENVIRONMENT_VARIABLE);
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "lstmbench " + String.join(" ", args) + " did not finish");
        return new Outcome(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aRunThatLoadsNd4jPrintsOnlyItsOwnLinesAndNoNativeBanner(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("one.yaml"), ONE_RUN);
        Outcome o = lstmbench(
                dir,
                List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info"),
                "run",
                yaml.toString(),
                "--out",
                dir.resolve("results").toString(),
                "--quiet",
                "--workers",
                "1");
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.err().contains("INFO org.nd4j."), "ND4J should have loaded and logged at INFO:\n" + o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals(3, lines.size(), o.out());
        assertTrue(lines.get(0).contains("| seed 1 lr=0.01 OK"), "--quiet's line for the one group:\n" + o.out());
        assertTrue(lines.get(1).startsWith("one: 1 runs"), o.out());
        assertTrue(lines.get(2).startsWith("report: "), o.out());
        assertFalse(BANNER.matcher(o.out()).find(), "native banner on stdout:\n" + o.out());
        assertFalse(BANNER.matcher(o.err()).find(), "native banner on stderr:\n" + o.err());
    }

    @Test
    void aNamedDatasetLoadsFromTheBundledCopyOutsideTheRepository(@TempDir Path dir) throws Exception {
        Outcome o = lstmbench(dir, List.of(), "datasets", "pollution-temp");
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().startsWith("pollution-temp\n"), o.out());
        assertTrue(o.out().contains("pollution.csv (bundled copy)"), o.out());
        assertTrue(o.out().contains("length 43824"), o.out());
        assertEquals("", o.err());
    }
}
