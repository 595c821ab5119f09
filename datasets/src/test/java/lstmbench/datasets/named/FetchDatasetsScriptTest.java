package lstmbench.datasets.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Runs scripts/fetch-datasets.sh in its offline mode: {@code --verify DIR} accepts the shared
 * copies and rejects a corrupted or missing copy, so the hashes in the script stay those of the
 * files the project is tested with.
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
    throw new IllegalStateException("scripts/fetch-datasets.sh not found above " + Path.of("").toAbsolutePath());
  }

  private static Path sharedDatasets() {
    return DataDirectory.fromEnvironment().locate("pollution.csv", "pollution-temp").getParent();
  }

  private static Run run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", script().toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "script did not finish");
    return new Run(process.exitValue(), output);
  }

  private static Path copyOfShared(Path dir) throws IOException {
    for (String name : FILES) {
      Files.copy(sharedDatasets().resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      dir.resolve(name).toFile().setWritable(true);
    }
    return dir;
  }

  @Test
  void verifyAcceptsTheSharedCopies() throws Exception {
    Run run = run("--verify", sharedDatasets().toString());
    assertEquals(0, run.exitCode(), run.output());
    for (String name : FILES) {
      assertTrue(run.output().contains("OK       " + sharedDatasets().resolve(name)), run.output());
    }
  }

  @Test
  void verifyRejectsACorruptedCopyAndNamesIt(@TempDir Path dir) throws Exception {
    copyOfShared(dir);
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
    copyOfShared(dir);
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
    String message = assertThrows(DatasetException.class,
        () -> new DataDirectory(List.of(empty)).locate("pollution.csv", "pollution-temp")).getMessage();
    assertTrue(message.contains(script().getParent().getFileName() + "/" + script().getFileName()), message);
  }
}
