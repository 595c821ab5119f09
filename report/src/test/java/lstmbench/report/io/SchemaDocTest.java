package lstmbench.report.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps SCHEMA.md in step with the code: every column of every CSV file is described there.
 */
class SchemaDocTest {
    @Test
    void everyColumnOfEveryFileIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("SCHEMA.md"));
        for (ResultsFile<?> file : List.of(
                ResultsFiles.RUNS,
                ResultsFiles.CURVES,
                ResultsFiles.MEMORY,
                ResultsFiles.THROUGHPUT,
                ResultsFiles.FORECASTS,
                ResultsFiles.SERIES,
                ResultsFiles.SPLITS)) {
            assertTrue(doc.contains("## " + file.fileName()), file.fileName());
            for (String column : file.columns()) {
                assertTrue(doc.contains("`" + column + "`"), file.fileName() + " column " + column);
            }
        }
    }
}
