package lstmbench.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON a run writes about its own process when {@code lstmbench.resourcesFile} is set. */
class ProcessResourcesTest {
    @AfterEach
    void clearProperty() {
        System.clearProperty(ProcessResources.FILE_PROPERTY);
    }

    @Test
    void writesTheJsonWhenThePropertyNamesAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested").resolve("resources.json");
        System.setProperty(ProcessResources.FILE_PROPERTY, file.toString());

        ProcessResources.writeIfRequested();

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals(
                List.of("wallSeconds", "peakHeapBytes", "peakRssBytes"), iterable(json.fieldNames()), json.toString());
        assertTrue(json.get("wallSeconds").asDouble() > 0, json.toString());
        long heap = json.get("peakHeapBytes").asLong();
        assertTrue(heap > 0, json.toString());
        long rss = json.get("peakRssBytes").asLong();
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            // the resident set holds at least the part of the heap in use, and far more than a page
            assertTrue(rss > 1024 * 1024, json.toString());
        } else {
            assertEquals(-1, rss, json.toString());
        }
        assertEquals(ProcessResources.read(file).peakHeapBytes(), heap);
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left beside the JSON");
        }
    }

    @Test
    void writesNothingWhenNoFileIsNamed(@TempDir Path dir) throws Exception {
        assertEquals(Optional.empty(), ProcessResources.writeIfNamed(null));
        assertEquals(Optional.empty(), ProcessResources.writeIfNamed("  "));
        Path file = dir.resolve("resources.json");
        assertEquals(Optional.of(file), ProcessResources.writeIfNamed(file.toString()));
        assertTrue(Files.exists(file));
    }

    @Test
    void peakRssIsVmHwmInBytes() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t  123456 kB", "VmRSS:\t 1 kB");
        assertEquals(Optional.of(123456L * 1024), ProcessResources.vmHwmBytes(status));
        assertEquals(Optional.empty(), ProcessResources.vmHwmBytes(List.of("Name:\tjava")));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
