package lstmbench.report.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.Results;
import lstmbench.report.results.RunRecord;

/**
 * Loads a whole results folder, tolerating every optional file's absence.
 *
 * <p>Reads a results folder. A folder is a results folder when it has manifest.json or runs.csv;
 * every other file is optional (an interrupted experiment may have only the manifest).
 */
public final class ResultsLoader {
    private ResultsLoader() {}

    public static Results load(Path resultsDir) throws IOException {
        Optional<Manifest> manifest = ManifestFile.readIfPresent(resultsDir);
        List<RunRecord> runs = ResultsFiles.RUNS.readIfPresent(resultsDir);
        if (manifest.isEmpty() && !Files.exists(ResultsFiles.RUNS.path(resultsDir))) {
            throw new ResultsFormatException(resultsDir + " is not a results folder: it has neither "
                    + ManifestFile.FILE_NAME + " nor " + ResultsFiles.RUNS.fileName());
        }
        return new Results(
                manifest,
                runs,
                ResultsFiles.CURVES.readIfPresent(resultsDir),
                ResultsFiles.MEMORY.readIfPresent(resultsDir),
                ResultsFiles.THROUGHPUT.readIfPresent(resultsDir),
                ResultsFiles.FORECASTS.readIfPresent(resultsDir),
                ResultsFiles.SERIES.readIfPresent(resultsDir),
                ResultsFiles.SPLITS.readIfPresent(resultsDir));
    }
}
