package lstmbench.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What OutputFolder counts as an experiment's files: each marks a folder as holding results, and
 * starting over (or --force) removes them and their temporary files but nothing else in the folder.
 */
class OutputFolderTest {
    private static final List<String> WRITTEN = List.of(
            "manifest.json",
            "runs.csv",
            "curves.csv",
            "memory.csv",
            "forecasts.csv",
            "forecasts.csv.gz",
            "series.csv",
            "splits.csv");

    @Test
    void everyFileAnExperimentWritesMarksTheFolderAsHoldingResults(@TempDir Path dir) throws IOException {
        for (String name : WRITTEN) {
            Path folder = Files.createDirectories(dir.resolve(name + "-only"));
            assertFalse(OutputFolder.hasResults(folder), "an empty folder holds no results");
            Files.writeString(folder.resolve(name), "x");
            assertTrue(OutputFolder.hasResults(folder), name);
        }
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        assertFalse(OutputFolder.hasResults(other), "a file of the user's is not a result");
    }

    @Test
    void clearingRemovesEveryFileAnExperimentWritesAndKeepsTheRest(@TempDir Path dir) throws IOException {
        for (String name : WRITTEN) {
            Files.writeString(dir.resolve(name), "x");
            Files.writeString(dir.resolve("." + name + ".k3j9.tmp"), "half");
        }
        Files.createDirectories(dir.resolve("groups").resolve("0000-0123456789abcdef"));
        Files.createDirectories(dir.resolve("report"));
        Files.writeString(dir.resolve("report").resolve("index.html"), "<html>");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve("throughput.csv"), "from lstmbench bench");

        OutputFolder.clear(dir);

        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(
                    List.of("notes.txt", "throughput.csv"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
