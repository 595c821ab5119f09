package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ManifestFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: real {@code lstmbench run} processes (this module's classpath, a child JVM) are
 * killed with SIGKILL at chosen points, the folder is resumed, and every results file must equal an
 * uninterrupted run's apart from timing columns (RunCommandTest.withoutTiming). The kill points:
 * the manifest written but no group committed; right after the first committed group; and in the
 * middle of a group's commit, between its part files (the child runs with GroupFolders' pause
 * property so that a half-written group lasts long enough to be seen). Then two processes write
 * into one folder at once: one is refused with exit code 2 naming the other's PID, and the other's
 * results are intact. Last, a shard (--shard 0/2) is killed after its first commit, resumed with
 * --resume and merged with the other shard: the merged folder equals the uninterrupted run.
 */
class CrashSafetyTest {
    /** Six groups (two strategies, three seeds), so that each kill leaves some committed and some not. */
    static final String EXPERIMENT = RunCommandTest.TINY.replace("seeds: [1, 2]", "seeds: [1, 2, 3]");

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path shared;

    static Path yaml;
    static List<String> uninterrupted;

    @BeforeAll
    static void runOnceWithoutInterruption() throws IOException {
        yaml = RunCommandTest.write(shared, "crash.yaml", EXPERIMENT);
        Path out = shared.resolve("uninterrupted");
        CommandLineRunner.Outcome o = RunCommandTest.run(yaml, out, "--quiet", "--workers", "1");
        assertEquals(0, o.exitCode(), o.err());
        uninterrupted = RunCommandTest.withoutTiming(out);
    }

    /** A child JVM running `lstmbench run` into {@code out}, its output in files beside it. */
    private static Process start(Path out, String name, long pauseMillis, String... extra) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-D" + GroupFolders.PAUSE_PROPERTY + "=" + pauseMillis,
                "-cp",
                System.getProperty("java.class.path"),
                LstmBench.class.getName(),
                "run",
                yaml.toString(),
                "--out",
                out.toString(),
                "--quiet",
                "--workers",
                "1"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.resolveSibling(name + ".out").toFile())
                .redirectError(out.resolveSibling(name + ".err").toFile());
        builder.environment().put("OMP_NUM_THREADS", "1");
        return builder.start();
    }

    /** Polls the folder until {@code moment} holds, then sends SIGKILL; fails if the run ends first. */
    private static void killWhen(Process child, Path out, Predicate<Path> moment) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!moment.test(out)) {
            assertTrue(
                    child.isAlive(),
                    "the run ended (exit " + (child.isAlive() ? "" : child.exitValue()) + ") before the kill point");
            assertTrue(System.nanoTime() < deadline, "kill point not reached in " + TIMEOUT_SECONDS + " s");
            Thread.sleep(1);
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
    }

    private static List<String> committed(Path out) {
        try {
            return GroupFolders.keys(out);
        } catch (IOException | RuntimeException stillBeingWritten) {
            return List.of();
        }
    }

    /** Temporary group folders holding some but not all of their part files. */
    private static boolean halfWrittenGroup(Path out) {
        Path groups = GroupFolders.folder(out);
        try (Stream<Path> list = Files.list(groups)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".tmp-"))
                    .anyMatch(p -> {
                        try (Stream<Path> parts = Files.list(p)) {
                            long n = parts.count();
                            return n >= 1 && n < 4;
                        } catch (IOException renamedMeanwhile) {
                            return false;
                        }
                    });
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Resumes the killed folder and compares every file with the uninterrupted run. */
    private static void resumeAndCompare(Path out, String expectedProgress) throws IOException {
        CommandLineRunner.Outcome resumed = RunCommandTest.run(yaml, out, "--quiet", "--resume", "--workers", "1");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().matches("(?s).*" + expectedProgress + ".*"), resumed.out());
        assertEquals(uninterrupted, RunCommandTest.withoutTiming(out));
        assertEquals(6, GroupFolders.keys(out).size());
        try (Stream<Path> left = Stream.concat(Files.list(out), Files.list(GroupFolders.folder(out)))) {
            assertTrue(
                    left.noneMatch(p -> p.getFileName().toString().startsWith(".tmp-")
                            || p.getFileName().toString().endsWith(".tmp")),
                    "no temporary file is left");
        }
    }

    @Test
    void killedAfterTheManifestBeforeAnyGroupCommitted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process child = start(out, "run", 0);
        killWhen(
                child,
                out,
                o -> Files.exists(ManifestFile.path(o)) && committed(o).isEmpty());
        resumeAndCompare(out, "\\(6 groups run, 0 resumed\\)");
    }

    @Test
    void killedRightAfterTheFirstCommittedGroup(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process child = start(out, "run", 150);
        killWhen(child, out, o -> !committed(o).isEmpty());
        int kept = committed(out).size();
        assertTrue(kept >= 1 && kept < 6, kept + " groups committed");
        resumeAndCompare(out, "\\(" + (6 - kept) + " groups run, " + kept + " resumed\\)");
    }

    @Test
    void killedBetweenThePartFilesOfOneGroup(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process child = start(out, "run", 400);
        killWhen(child, out, CrashSafetyTest::halfWrittenGroup);
        assertTrue(halfWrittenGroup(out), "the half-written group is still there");
        int kept = committed(out).size();
        resumeAndCompare(out, "\\(" + (6 - kept) + " groups run, " + kept + " resumed\\)");
    }

    @Test
    void aSecondWriterIsRefusedNamingTheFirstAndTheFirstsResultsAreIntact(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Process first = start(out, "first", 100), second = start(out, "second", 100);
        assertTrue(
                first.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && second.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        Process winner = first.exitValue() == 0 ? first : second, loser = winner == first ? second : first;
        String loserName = loser == first ? "first" : "second";
        String err = Files.readString(out.resolveSibling(loserName + ".err"));
        assertEquals(0, winner.exitValue());
        assertEquals(LstmBench.BAD_INPUT, loser.exitValue(), err);
        assertTrue(err.contains("results folder " + out + " is in use by process " + winner.pid() + " (since "), err);
        assertEquals(uninterrupted, RunCommandTest.withoutTiming(out));
        assertEquals(
                "", Files.readString(out.resolveSibling(loserName + ".out")), "the refused writer reports nothing");
    }

    @Test
    void aKilledShardResumesAndMergesIntoTheUninterruptedRun(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("shard-0"), other = dir.resolve("shard-1");
        Process child = start(killed, "shard-0", 150, "--shard", "0/2");
        killWhen(child, killed, o -> !committed(o).isEmpty());
        int kept = committed(killed).size();
        assertTrue(kept >= 1 && kept < 3, kept + " of the shard's 3 groups committed");
        CommandLineRunner.Outcome refused =
                CommandLineRunner.run("merge", dir.resolve("early").toString(), killed.toString(), other.toString());
        assertEquals(LstmBench.BAD_INPUT, refused.exitCode(), "the other shard's folder does not exist yet");
        assertEquals(
                0,
                RunCommandTest.run(yaml, other, "--quiet", "--workers", "1", "--shard", "1/2")
                        .exitCode());
        CommandLineRunner.Outcome incomplete =
                CommandLineRunner.run("merge", dir.resolve("early").toString(), killed.toString(), other.toString());
        assertEquals(LstmBench.BAD_INPUT, incomplete.exitCode(), incomplete.err());
        assertTrue(
                incomplete
                        .err()
                        .contains((3 - kept) + " of 6 groups are missing from every folder (every shard's"
                                + " folder is given: an unfinished shard?"),
                incomplete.err());
        assertTrue(!Files.exists(dir.resolve("early")), "a refused merge writes nothing");

        CommandLineRunner.Outcome resumed =
                RunCommandTest.run(yaml, killed, "--quiet", "--resume", "--workers", "1", "--shard", "0/2");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("(" + (3 - kept) + " groups run, " + kept + " resumed)"), resumed.out());
        Path merged = dir.resolve("merged");
        CommandLineRunner.Outcome o =
                CommandLineRunner.run("merge", merged.toString(), killed.toString(), other.toString());
        assertEquals(0, o.exitCode(), o.err());
        assertEquals(uninterrupted, RunCommandTest.withoutTiming(merged));
    }
}
