package lstmbench.datasets.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import lstmbench.datasets.csv.CsvOrigin;
import lstmbench.datasets.named.DataDirectory;
import lstmbench.datasets.specstring.ParameterInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing behind {@code lstmbench datasets}: all named datasets (read from the bundled copies),
 * all six generators with their parameters, defaults, memory demand and an example that parses.
 */
class DatasetCatalogTest {

    @Test
    void listsTheFourNamedDatasetsAndWhereTheyAreRead() {
        List<DatasetCatalog.NamedDatasetEntry> entries = DatasetCatalog.namedDatasets(DataDirectory.bundled());
        assertEquals(
                List.of("pollution-temp", "pollution-pm25", "melbourne-min-temp", "sunspots"),
                entries.stream().map(DatasetCatalog.NamedDatasetEntry::name).toList());
        assertTrue(entries.stream().allMatch(e -> e.location().orElseThrow() instanceof CsvOrigin.Bundled));
    }

    @Test
    void aFolderLackingTheFilesListsThemAsAbsent(@TempDir Path empty) {
        List<DatasetCatalog.NamedDatasetEntry> entries = DatasetCatalog.namedDatasets(DataDirectory.folder(empty));
        assertEquals(4, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.location().isEmpty()));
    }

    @Test
    void listsEveryGeneratorWithParametersDefaultsMemoryAndAParsableExample() {
        List<DatasetCatalog.GeneratorEntry> generators = DatasetCatalog.generators();
        assertEquals(
                List.of("sine-mixture", "ar", "seasonal-ar", "mackey-glass", "narma10", "random-walk"),
                generators.stream().map(DatasetCatalog.GeneratorEntry::name).toList());
        for (DatasetCatalog.GeneratorEntry entry : generators) {
            List<String> names =
                    entry.parameters().stream().map(ParameterInfo::name).toList();
            assertTrue(names.contains("length") && names.contains("seed"), entry.name());
            assertEquals(entry.example(), DatasetSpecs.parse(entry.example()).text());
        }
        DatasetCatalog.GeneratorEntry seasonal = generators.get(2);
        assertEquals(64, seasonal.memoryDemand().steps());
        assertEquals(
                "0.9",
                seasonal.parameters().stream()
                        .filter(p -> p.name().equals("phi"))
                        .findFirst()
                        .orElseThrow()
                        .defaultValue());
    }

    @Test
    void listsCsvParameters() {
        assertEquals(
                List.of("column", "missing", "time", "delimiter", "header"),
                DatasetCatalog.csvParameters().stream().map(ParameterInfo::name).toList());
    }
}
