package lstmbench.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import lstmbench.harness.cli.BadInputException;
import lstmbench.report.ReportRenderer;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.Manifest;

/**
 * The results folder policy: a folder with results of a different configuration is refused
 * unless --force (which removes only the results files this program writes); the same
 * configuration starts over unless --resume. Nothing is deleted without one of these checks.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    public static void prepare(Path dir, JsonNode configuration, boolean resume, boolean force) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(dir + " exists and is not a folder");
        }
        if (!hasResults(dir)) {
            return;
        }
        Optional<Manifest> manifest = readManifest(dir);
        boolean same = manifest.map(m -> m.configuration().equals(configuration)).orElse(false);
        if (!same && !force) {
            throw new BadInputException(dir + " holds results of a different experiment configuration"
                    + manifest.map(m -> " ('" + m.experiment() + "')").orElse("")
                    + "; choose another --out, or pass --force to replace them");
        }
        if (!same || !resume) {
            clear(dir);
        }
    }

    static boolean hasResults(Path dir) {
        return Files.exists(ManifestFile.path(dir)) || Files.exists(ResultsFiles.RUNS.path(dir));
    }

    private static Optional<Manifest> readManifest(Path dir) {
        try {
            return ManifestFile.readIfPresent(dir);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Removes the files an experiment writes (and the rendered report), nothing else. */
    static void clear(Path dir) throws IOException {
        List<Path> files = List.of(ManifestFile.path(dir), ResultsFiles.RUNS.path(dir), ResultsFiles.CURVES.path(dir),
                ResultsFiles.MEMORY.path(dir), ResultsFiles.FORECASTS.path(dir), ResultsFiles.SERIES.path(dir));
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
        Path report = dir.resolve(ReportRenderer.REPORT_DIR);
        if (Files.isDirectory(report)) {
            try (Stream<Path> walk = Files.walk(report)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
