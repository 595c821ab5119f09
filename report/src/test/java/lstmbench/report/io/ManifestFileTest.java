package lstmbench.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lstmbench.report.ResultsFixture;
import lstmbench.report.results.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trip of manifest.json and the errors a malformed manifest gives.
 */
class ManifestFileTest {
    @TempDir
    Path dir;

    @Test
    void aManifestReadsBackEqual() throws IOException {
        Manifest manifest = ResultsFixture.results().manifest().orElseThrow();
        ManifestFile.write(dir, manifest);

        assertEquals(manifest, ManifestFile.read(dir));
    }

    @Test
    void timesAreIsoTextAndRunIdsArePlainStrings() throws IOException {
        Manifest manifest = ResultsFixture.results().manifest().orElseThrow();
        ManifestFile.write(dir, manifest);

        String json = Files.readString(ManifestFile.path(dir));

        assertTrue(json.contains("\"startedAt\" : \"2026-01-02T03:04:05Z\""), json);
        assertTrue(
                json.contains("\"runId\" : \"" + manifest.runs().get(0).runId().value() + "\""), json);
    }

    @Test
    void anUnfinishedExperimentHasNoEndTime() throws IOException {
        Manifest finished = ResultsFixture.results().manifest().orElseThrow();
        Manifest running = finished.withRuns(finished.runs(), Optional.empty());
        ManifestFile.write(dir, running);

        assertEquals(Optional.empty(), ManifestFile.read(dir).finishedAt());
    }

    @Test
    void malformedJsonIsReportedWithFileAndLine() throws IOException {
        Files.writeString(ManifestFile.path(dir), "{\n  \"experiment\": \"x\",\n  oops\n}");

        ResultsFormatException error = assertThrows(ResultsFormatException.class, () -> ManifestFile.read(dir));

        assertTrue(error.getMessage().contains("manifest.json"), error.getMessage());
        assertTrue(error.getMessage().contains("line 3"), error.getMessage());
    }

    @Test
    void aManifestWrittenBeforeFingerprintsReadsWithNone() throws IOException {
        Manifest manifest = ResultsFixture.results().manifest().orElseThrow();
        ManifestFile.write(dir, manifest);
        Path file = ManifestFile.path(dir);
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.indexOf(",\n  \"datasets\"")) + "\n}");

        assertEquals(List.of(), ManifestFile.read(dir).datasets());
        assertEquals(manifest.runs(), ManifestFile.read(dir).runs());
    }

    @Test
    void fingerprintsRoundTrip() throws IOException {
        Manifest manifest = ResultsFixture.results().manifest().orElseThrow();
        ManifestFile.write(dir, manifest);

        assertEquals(manifest.datasets(), ManifestFile.read(dir).datasets());
    }

    @Test
    void anUnknownFieldIsAnError() throws IOException {
        Manifest manifest = ResultsFixture.results().manifest().orElseThrow();
        ManifestFile.write(dir, manifest);
        Path file = ManifestFile.path(dir);
        Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{ \"surprise\" : 1,"));

        ResultsFormatException error = assertThrows(ResultsFormatException.class, () -> ManifestFile.read(dir));

        assertTrue(error.getMessage().contains("surprise"), error.getMessage());
    }
}
