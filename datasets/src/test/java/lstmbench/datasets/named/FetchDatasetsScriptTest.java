package lstmbench.datasets.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lstmbench.datasets.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs scripts/fetch-datasets.sh without the network: {@code --verify DIR} accepts the bundled
 * copies and rejects a corrupted or missing copy, so the hashes in the script stay those of the
 * files the project ships; fetching into a folder that already holds good copies downloads nothing,
 * and with no folder and no LSTMBENCH_DATA the script works on the bundled copies in the
 * repository.
 */
class FetchDatasetsScriptTest {

    private static final List<String> FILES =
            List.of("pollution.csv", "daily-min-temperatures.csv", "monthly-sunspots.csv");

    /** Exit status and combined output of one run. */
    private record Run(int exitCode, String output) {}

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts").resolve("fetch-datasets.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "scripts/fetch-datasets.sh not found above " + Path.of("").toAbsolutePath());
    }

    /** The bundled copies in the repository's source tree (the script checks folders, not jars). */
    private static Path bundledCopies() {
        Path root = script().getParent().getParent();
        return root.resolve("datasets/src/main/resources").resolve(DataDirectory.BUNDLED_RESOURCE_FOLDER);
    }

    /** Runs the script with LSTMBENCH_DATA unset, whatever the test's own environment holds. */
    private static Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(DataDirectory.ENVIRONMENT_VARIABLE);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "script did not finish");
        return new Run(process.exitValue(), output);
    }

    private static Path copyOfBundled(Path dir) throws IOException {
        for (String name : FILES) {
            Files.copy(bundledCopies().resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            dir.resolve(name).toFile().setWritable(true);
        }
        return dir;
    }

    @Test
    void verifyAcceptsTheBundledCopies() throws Exception {
        Run run = run("--verify", bundledCopies().toString());
        assertEquals(0, run.exitCode(), run.output());
        for (String name : FILES) {
            assertTrue(run.output().contains("OK       " + bundledCopies().resolve(name)), run.output());
        }
    }

    @Test
    void fetchingIntoAFolderWithGoodCopiesKeepsThemAndDownloadsNothing(@TempDir Path dir) throws Exception {
        copyOfBundled(dir);
        Run run = run(dir.toString());
        assertEquals(0, run.exitCode(), run.output());
        for (String name : FILES) {
            assertTrue(run.output().contains("present  " + dir.resolve(name)), run.output());
        }
        assertFalse(run.output().contains("fetching"), run.output());
        assertTrue(run.output().contains("set LSTMBENCH_DATA=" + dir), run.output());
    }

    @Test
    void withoutAFolderTheScriptChecksTheBundledCopies() throws Exception {
        Run run = run();
        assertEquals(0, run.exitCode(), run.output());
        for (String name : FILES) {
            assertTrue(run.output().contains("present  " + bundledCopies().resolve(name)), run.output());
        }
        assertFalse(run.output().contains("fetching"), run.output());
    }

    @Test
    void verifyRejectsACorruptedCopyAndNamesIt(@TempDir Path dir) throws Exception {
        copyOfBundled(dir);
        Path victim = dir.resolve("monthly-sunspots.csv");
        byte[] bytes = Files.readAllBytes(victim);
        bytes[bytes.length / 2] ^= 1;
        Files.write(victim, bytes);
        Run run = run("--verify", dir.toString());
        assertNotEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("MISMATCH " + victim), run.output());
    }

    @Test
    void verifyRejectsAMissingFile(@TempDir Path dir) throws Exception {
        copyOfBundled(dir);
        Files.delete(dir.resolve("pollution.csv"));
        Run run = run("--verify", dir.toString());
        assertNotEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("MISSING  " + dir.resolve("pollution.csv")), run.output());
    }

    @Test
    void verifyWithoutADirectoryIsAUsageError() throws Exception {
        Run run = run("--verify");
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("Usage"), run.output());
    }

    @Test
    void scriptIsWhatTheMissingDatasetErrorPointsTo(@TempDir Path empty) {
        String message = assertThrows(
                        DatasetException.class,
                        () -> DataDirectory.folder(empty).locate("pollution.csv", "pollution-temp"))
                .getMessage();
        assertTrue(message.contains(script().getParent().getFileName() + "/" + script().getFileName()), message);
    }
}
