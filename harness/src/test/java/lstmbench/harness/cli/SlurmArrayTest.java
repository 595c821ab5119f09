package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.results.Machine;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.Shard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/slurm/submit.sh on a real, single-node Slurm (LocalSlurm, started for the test and stopped
 * after it): the tiny experiment as a 3-task job array plus the merge job that depends on it; the
 * merged folder must equal a single-process run of the same experiment apart from timing and the
 * list of machines. The jobs run this module's classes through a wrapper script named by LSTMBENCH;
 * an sbatch option and a run option (the experiment's own epochs) go through submit.sh's two lists.
 *
 * <p>Needs Debian's slurm-wlm and munge and root (slurmd runs as root). Without them it is reported
 * as skipped with a loud message, unless required ({@code LSTMBENCH_SLURM=require} or
 * {@code -Dlstmbench.slurm=require}, as .ci/run sets): then missing packages are installed with
 * apt-get, and a failure to start the cluster fails the test. {@code skip} skips it on purpose.
 */
class SlurmArrayTest {
    private static final long JOB_SECONDS = 180;
    private static final Pattern SUBMITTED = Pattern.compile("array job (\\d+) \\(3 shards\\) and merge job (\\d+)");

    private static LocalSlurm slurm;

    @BeforeAll
    static void startSlurm() throws IOException, InterruptedException {
        String mode = Optional.ofNullable(System.getProperty("lstmbench.slurm"))
                .orElse(Optional.ofNullable(System.getenv("LSTMBENCH_SLURM")).orElse("auto"));
        Assumptions.assumeFalse("skip".equals(mode), "Slurm test skipped on request (lstmbench.slurm=skip)");
        boolean required = "require".equals(mode);
        List<String> missing = LocalSlurm.missingCommands();
        if (!missing.isEmpty() && required) {
            System.err.println("SLURM TEST: " + missing + " not found; installing slurm-wlm and munge (LSTMBENCH_SLURM"
                    + "=require)");
            LocalSlurm.install();
            missing = LocalSlurm.missingCommands();
            if (!missing.isEmpty()) {
                throw new AssertionError("still missing after apt-get install slurm-wlm munge: " + missing);
            }
        }
        String skipped = missing.isEmpty()
                ? "SLURM TEST SKIPPED: not root (slurmd must run as root);"
                        + " CI runs it as root with LSTMBENCH_SLURM=require"
                : "SLURM TEST SKIPPED: " + missing + " not found (Debian: apt-get install -y slurm-wlm munge);"
                        + " CI requires it with LSTMBENCH_SLURM=require";
        boolean runnable = missing.isEmpty() && LocalSlurm.isRoot();
        if (!runnable && required) {
            throw new AssertionError(skipped.replace("SKIPPED", "FAILED") + " (LSTMBENCH_SLURM=require)");
        }
        if (!runnable) {
            System.err.println(skipped);
        }
        Assumptions.assumeTrue(runnable, skipped);
        slurm = LocalSlurm.start();
    }

    @AfterAll
    static void stopSlurm() throws IOException {
        if (slurm != null) {
            slurm.close();
        }
    }

    /** A script running this module's classes as `lstmbench`, as the jobs call it. */
    private static Path wrapper(Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = dir.resolve("lstmbench");
        Files.writeString(
                script,
                "#!/bin/sh\nexec '" + java + "' -Xmx512m -Djava.awt.headless=true"
                        + " -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp '" + System.getProperty("java.class.path")
                        + "' " + LstmBench.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static String state(String job) throws IOException {
        Matcher m = Pattern.compile("JobState=(\\S+)").matcher(slurm.command("scontrol", "-o", "show", "job", job));
        return m.find() ? m.group(1) : "UNKNOWN";
    }

    @Test
    void aThreeTaskArrayAndItsMergeJobEqualASingleProcessRun(@TempDir Path dir) throws Exception {
        Path yaml = RunCommandTest.write(dir, "tiny.yaml", RunCommandTest.TINY);
        Path single = dir.resolve("single");
        CommandLineRunner.Outcome whole = RunCommandTest.run(yaml, single, "--quiet", "--workers", "1");
        assertEquals(0, whole.exitCode(), whole.err());

        Path out = dir.resolve("cluster");
        Path submit = Path.of("").toAbsolutePath().getParent().resolve("scripts/slurm/submit.sh");
        long start = System.nanoTime();
        String submitted = slurm.command(
                Map.of("LSTMBENCH", wrapper(dir).toString()),
                "bash",
                submit.toString(),
                yaml.toString(),
                out.toString(),
                "3",
                "--time=10",
                "--",
                "--epochs",
                "2");
        Matcher ids = SUBMITTED.matcher(submitted);
        assertTrue(ids.find(), submitted);
        String array = ids.group(1), merge = ids.group(2);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JOB_SECONDS);
        String state = state(merge);
        while (!List.of("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY")
                .contains(state)) {
            assertTrue(
                    System.nanoTime() < deadline,
                    "the merge job is " + state + " after " + JOB_SECONDS + " s\n" + slurm.command("squeue") + logs(out)
                            + slurm.logs());
            Thread.sleep(500);
            state = state(merge);
        }
        System.err.printf(
                "SLURM TEST: array %s and merge job %s finished in %.1f s%n",
                array, merge, (System.nanoTime() - start) / 1e9);
        assertEquals("COMPLETED", state, logs(out) + slurm.logs());

        assertEquals(RunCommandTest.withoutTiming(single), RunCommandTest.withoutTiming(out));
        Manifest merged = ManifestFile.read(out);
        assertEquals(
                List.of(new Shard(0, 3), new Shard(1, 3), new Shard(2, 3)),
                merged.machines().stream().map(Machine::shard).toList());
        assertTrue(
                merged.machines().stream()
                        .allMatch(m -> m.environment().threads().startsWith("OMP_NUM_THREADS=1," + " workers=1")),
                "every task runs single-threaded: " + merged.machines());
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    Optional.of(new Shard(i, 3)),
                    ManifestFile.read(out.resolve("shards/" + i)).shard());
        }
        assertTrue(Files.exists(out.resolve("report/index.html")));
    }

    private static String logs(Path out) {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(out.resolve("logs"))) {
            for (Path f : files.sorted().toList()) {
                b.append("--- ").append(f).append('\n').append(Files.readString(f));
            }
        } catch (IOException e) {
            b.append("(no job logs: ").append(e.getMessage()).append(")\n");
        }
        return b.toString();
    }
}
