package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lstmbench.report.io.CommittedGroup;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ManifestFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the file system under real {@code lstmbench} processes (a child JVM on this module's
 * class path, as CrashSafetyTest starts them): a full disk, before anything and in the middle of a
 * run; a read-only file system for {@code run --out} and for {@code report}; and a model too large
 * for the machine. Each ends with exit code 2 (the user must free space or choose another place,
 * as for any refused input) and one plain line on stderr ("no space left on device at FILE"),
 * with no stack trace, and leaves no half-written group: every committed group reads complete, and
 * after space is freed {@code --resume} finishes the experiment.
 *
 * <p>The small disks are tmpfs mounts, which need root: without root (or where mount is not
 * allowed) those tests are skipped with a message saying so on stderr.
 */
class FaultInjectionTest {
    private static final long TIMEOUT_SECONDS = 120;
    /** Two groups of one run each, about 40 KiB of group files each. */
    static final String EXPERIMENT = """
            name: faults
            datasets:
              - "synthetic:seasonal-ar?lag=4&length=400&seed=3"
            strategies:
              - "sliding-window?window=8&batch=16"
            model: {hiddenSize: 4, layers: 1}
            learningRates: [0.01]
            epochs: 1
            seeds: [1, 2]
            evaluation: {window: 8}
            """;

    @TempDir
    static Path shared;

    static Path yaml;

    @BeforeAll
    static void writeTheExperiment() throws IOException {
        yaml = RunCommandTest.write(shared, "faults.yaml", EXPERIMENT);
    }

    private record Outcome(int exitCode, String out, String err) {}

    /** Runs {@code lstmbench ARGS} in a child JVM; its output goes to files in {@code logs}. */
    private static Outcome lstmbench(Path logs, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                System.getProperty("java.class.path"),
                LstmBench.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve("stdout.txt"), err = logs.resolve("stderr.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "lstmbench " + String.join(" ", args) + " did not end in " + TIMEOUT_SECONDS + " s");
        }
        return new Outcome(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Exit code 2 and exactly one line on stderr containing {@code expected}, no stack trace. */
    private static void assertOneLineRefusal(Outcome o, String expected) {
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), "one line on stderr:\n" + o.err());
        assertTrue(
                lines.get(0).startsWith("lstmbench: ") && lines.get(0).contains(expected),
                "expected '" + expected + "' in: " + lines.get(0));
        assertFalse(lines.get(0).contains("Exception") || lines.get(0).contains("java."), lines.get(0));
    }

    /** Runs a command (mount, umount), failing with its output when it fails. */
    private static boolean system(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (!ok) {
            System.err.println("FaultInjectionTest: '" + String.join(" ", command) + "' failed: " + output.strip());
        }
        return ok;
    }

    /** Mounts a tmpfs with {@code options} on {@code dir}, or skips the test, saying why, when it cannot. */
    private static void mountOrSkip(Path dir, String options) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean mounted = root && system("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
        if (!mounted) {
            String why = root ? "mount -t tmpfs failed (no permission to mount here)" : "not running as root";
            System.err.println("FaultInjectionTest: SKIPPED, " + why + ": a full or read-only disk needs a tmpfs"
                    + " mount; run the tests as root to include them");
            Assumptions.abort(why + ": cannot mount a small tmpfs");
        }
    }

    private static void unmount(Path dir) throws IOException, InterruptedException {
        if (!system("umount", dir.toString())) {
            system("umount", "-l", dir.toString());
        }
    }

    /** Fills the file system of {@code dir} until only {@code freeBytes} are left. */
    private static void fillLeaving(Path dir, long freeBytes) throws IOException {
        long fill = Files.getFileStore(dir).getUsableSpace() - freeBytes;
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(dir.resolve("filler"))) {
            for (long written = 0; written + block.length <= fill; written += block.length) {
                out.write(block);
            }
        }
    }

    /** Committed groups that read back whole; temporary folders left behind. */
    private static void assertNoHalfWrittenGroup(Path out) throws IOException {
        if (!Files.isDirectory(GroupFolders.folder(out))) {
            return;
        }
        for (String key : GroupFolders.keys(out)) {
            CommittedGroup group = GroupFolders.read(out, key);
            assertEquals(1, group.runs().size(), key);
            assertFalse(
                    group.curves().isEmpty()
                            || group.forecasts().isEmpty()
                            || group.memory().isEmpty(),
                    key);
        }
        try (Stream<Path> list = Files.list(GroupFolders.folder(out))) {
            assertTrue(
                    list.noneMatch(p -> p.getFileName().toString().startsWith(".")),
                    "a temporary group folder is left");
        }
    }

    @Test
    void aDiskFullBeforeAnythingIsRefusedSayingSo(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("disk");
        mountOrSkip(disk, "size=2m");
        try {
            fillLeaving(disk, 0);
            Path out = disk.resolve("out");
            Outcome o = lstmbench(dir.resolve("logs"), "run", yaml.toString(), "--out", out.toString(), "--quiet");
            assertOneLineRefusal(o, "no space left on device at " + out);
            assertFalse(Files.exists(ManifestFile.path(out)), "no manifest");
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aDiskFullInTheMiddleLeavesOnlyWholeGroupsAndResumeFinishesOnceSpaceIsFreed(@TempDir Path dir)
            throws Exception {
        Path disk = dir.resolve("disk");
        mountOrSkip(disk, "size=2m");
        try {
            // the manifest, series.csv (about 40 KiB), splits.csv and one group fit; the second group or the report
            // does not
            fillLeaving(disk, 110 * 1024);
            Path out = disk.resolve("out");
            Outcome o = lstmbench(
                    dir.resolve("logs"), "run", yaml.toString(), "--out", out.toString(), "--quiet", "--workers", "1");
            assertOneLineRefusal(o, "no space left on device at " + out);
            assertTrue(Files.exists(ManifestFile.path(out)), "the manifest was written before the disk filled");
            assertNoHalfWrittenGroup(out);
            int kept = GroupFolders.keys(out).size();

            Files.delete(disk.resolve("filler"));
            Outcome resumed = lstmbench(
                    dir.resolve("resume-logs"),
                    "run",
                    yaml.toString(),
                    "--out",
                    out.toString(),
                    "--quiet",
                    "--workers",
                    "1",
                    "--resume");
            assertEquals(0, resumed.exitCode(), resumed.err());
            assertTrue(resumed.out().contains("(" + (2 - kept) + " groups run, " + kept + " resumed)"), resumed.out());
            assertNoHalfWrittenGroup(out);
            assertEquals(2, GroupFolders.keys(out).size());
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aReadOnlyFileSystemIsRefusedForRunWritingNothing(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("disk");
        mountOrSkip(disk, "size=1m,ro");
        try {
            Path out = disk.resolve("out");
            Outcome o = lstmbench(dir.resolve("logs"), "run", yaml.toString(), "--out", out.toString(), "--quiet");
            assertOneLineRefusal(o, "cannot create the results folder " + out + ": read-only file system");
            assertFalse(Files.exists(out));
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aReadOnlyResultsFolderIsRefusedForReport(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("disk");
        mountOrSkip(disk, "size=1m");
        try {
            // a results folder that report would re-render: a manifest is enough to pass its checks
            Files.createDirectories(disk.resolve("out"));
            Files.writeString(ManifestFile.path(disk.resolve("out")), "{}");
            if (!system("mount", "-o", "remount,ro", disk.toString())) {
                Assumptions.abort("cannot remount the tmpfs read-only");
            }
            Outcome o =
                    lstmbench(dir.resolve("logs"), "report", disk.resolve("out").toString());
            assertOneLineRefusal(o, "read-only file system at " + disk.resolve("out"));
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aSeriesTooLongForTheHeapIsRefusedWithTheEstimateAndTheSettingToRaise(@TempDir Path dir) throws Exception {
        // 6,000,000 points: about 570 MB estimated against the child's 512 MB maximum heap
        Path longSeries = RunCommandTest.write(
                dir,
                "long.yaml",
                EXPERIMENT.replace("length=400", "length=6000000").replace("seeds: [1, 2]", "seeds: [1]"));
        Path out = dir.resolve("out");
        Outcome o = lstmbench(dir.resolve("logs"), "run", longSeries.toString(), "--out", out.toString(), "--quiet");
        assertOneLineRefusal(o, "the series (6000000 points in 1 series) need about");
        assertTrue(o.err().contains("maximum heap; raise it (LSTMBENCH_HEAP=1g"), o.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aSeriesThatDoesNotEvenLoadIntoTheHeapIsRefusedInsteadOfRunningOutOfMemory(@TempDir Path dir) throws Exception {
        // 200,000,000 points: the loaded series alone is larger than the child's 512 MB maximum heap
        Path huge = RunCommandTest.write(
                dir,
                "huge-series.yaml",
                EXPERIMENT.replace("length=400", "length=200000000").replace("seeds: [1, 2]", "seeds: [1]"));
        Path out = dir.resolve("out");
        Outcome o = lstmbench(dir.resolve("logs"), "run", huge.toString(), "--out", out.toString(), "--quiet");
        assertOneLineRefusal(o, "loading the datasets ran out of the ");
        assertTrue(o.err().contains("maximum Java heap before the series could be measured"), o.err());
        assertTrue(o.err().contains("LSTMBENCH_HEAP=1g"), o.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aModelTooLargeForTheMachineIsRefusedBeforeTheNativeAllocatorFails(@TempDir Path dir) throws Exception {
        Path huge = RunCommandTest.write(dir, "huge.yaml", EXPERIMENT.replace("hiddenSize: 4", "hiddenSize: 100000"));
        Path out = dir.resolve("out");
        Outcome o = lstmbench(dir.resolve("logs"), "run", huge.toString(), "--out", out.toString(), "--quiet");
        assertOneLineRefusal(o, "model.hiddenSize 100000 needs at least");
        assertTrue(o.err().contains("physical memory") && o.err().contains("maximum heap"), o.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
