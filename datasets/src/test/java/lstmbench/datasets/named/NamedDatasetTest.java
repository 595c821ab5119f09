package lstmbench.datasets.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.csv.CsvOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tests that every bundled real file loads through its name with the published length, that the
 * pm2.5 gaps are counted and filled, and that a folder named by LSTMBENCH_DATA replaces the bundled
 * copies, with an error naming the folder and the file (and pointing at scripts/fetch-datasets.sh)
 * when the file is not there.
 */
class NamedDatasetTest {

    private static final DataDirectory DATA = DataDirectory.bundled();

    @ParameterizedTest
    @EnumSource(NamedDataset.class)
    void everyNamedDatasetLoadsWithItsPublishedLength(NamedDataset dataset) {
        TimeSeries series = dataset.load(DATA, dataset.defaultMissing());
        assertEquals(dataset.length(), series.length());
        assertEquals(dataset.specName(), series.name());
        assertTrue(Arrays.stream(series.values()).allMatch(Double::isFinite));
    }

    @Test
    void pollutionTemperatureHasNoGaps() {
        TimeSeries temp = NamedDataset.POLLUTION_TEMP.load(DATA, MissingPolicy.ERROR);
        assertEquals(43_824, temp.length());
        assertEquals(0, temp.missing().count());
    }

    @Test
    void pollutionPm25HasThePublishedNumberOfGapsAndLoadsInterpolated() {
        TimeSeries pm = NamedDataset.POLLUTION_PM25.load(DATA, MissingPolicy.INTERPOLATE);
        assertEquals(43_824, pm.length());
        assertEquals(2_067, pm.missing().count());
        assertEquals(MissingPolicy.INTERPOLATE, pm.missing().treatment());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), pm.missing().firstRows());
        assertEquals(2_067, pm.missing().filledIndices().size(), "every missing value was filled in");
    }

    @Test
    void pollutionPm25UnderErrorPolicyNamesFileColumnCountAndRows() {
        DatasetException error =
                assertThrows(DatasetException.class, () -> NamedDataset.POLLUTION_PM25.load(DATA, MissingPolicy.ERROR));
        String message = error.getMessage();
        for (String part : List.of("pollution.csv", "'pm2.5'", "2067 missing values", "rows 1, 2, 3")) {
            assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
        }
    }

    @Test
    void pollutionPm25DroppedKeepsOnlyPresentRows() {
        TimeSeries pm = NamedDataset.POLLUTION_PM25.load(DATA, MissingPolicy.DROP);
        assertEquals(43_824 - 2_067, pm.length());
    }

    @Test
    void melbourneAndSunspotsCarryTheirTimeColumn() {
        TimeSeries melbourne = NamedDataset.MELBOURNE_MIN_TEMP.load(DATA, MissingPolicy.ERROR);
        assertEquals("1981-01-01", melbourne.timestamps().get(0));
        assertEquals(20.7, melbourne.value(0), 1e-12);
        TimeSeries sunspots = NamedDataset.SUNSPOTS.load(DATA, MissingPolicy.ERROR);
        assertEquals("1749-01", sunspots.timestamps().get(0));
        assertEquals(58.0, sunspots.value(0), 1e-12);
    }

    @Test
    void withoutAFolderTheBundledCopyIsReadAndTheDescriptionSaysSo() {
        TimeSeries sunspots = NamedDataset.SUNSPOTS.load(DataDirectory.bundled(), MissingPolicy.ERROR);
        assertTrue(sunspots.description().contains("monthly-sunspots.csv (bundled copy)"), sunspots.description());
        CsvOrigin origin = DataDirectory.bundled().locate("monthly-sunspots.csv", "sunspots");
        assertInstanceOf(CsvOrigin.Bundled.class, origin);
        assertTrue(origin.display().contains("monthly-sunspots.csv"), origin.display());
    }

    @Test
    void anUnsetOrBlankOverrideMeansTheBundledCopies() {
        assertEquals(DataDirectory.bundled(), DataDirectory.fromOverride(Optional.empty()));
        assertEquals(DataDirectory.bundled(), DataDirectory.fromOverride(Optional.of("  ")));
        assertEquals(
                DataDirectory.folder(Path.of("/some/folder")), DataDirectory.fromOverride(Optional.of("/some/folder")));
    }

    @Test
    void aFolderReplacesTheBundledCopiesAndTheDescriptionNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("monthly-sunspots.csv");
        Files.writeString(file, "\"Month\",\"Sunspots\"\n\"1\",1\n\"2\",2\n");
        TimeSeries series = NamedDataset.SUNSPOTS.load(
                DataDirectory.fromOverride(Optional.of(dir.toString())), MissingPolicy.ERROR);
        assertEquals(2, series.length());
        assertTrue(series.description().endsWith("read from " + file), series.description());
    }

    @Test
    void aFileMissingFromTheFolderIsAnErrorNamingFolderFileAndTheFetchScript(@TempDir Path empty) {
        DatasetException error = assertThrows(
                DatasetException.class,
                () -> NamedDataset.SUNSPOTS.load(DataDirectory.folder(empty), MissingPolicy.ERROR));
        String message = error.getMessage();
        for (String part : List.of(
                "'sunspots'",
                "monthly-sunspots.csv",
                empty.toString(),
                "LSTMBENCH_DATA",
                "scripts/fetch-datasets.sh")) {
            assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsAnErrorNamingIt(@TempDir Path dir) {
        Path nowhere = dir.resolve("no-such-folder");
        DatasetException error = assertThrows(
                DatasetException.class,
                () -> NamedDataset.POLLUTION_TEMP.load(DataDirectory.folder(nowhere), MissingPolicy.ERROR));
        assertTrue(error.getMessage().contains(nowhere + ", which is not a folder"), error.getMessage());
        assertTrue(error.getMessage().contains("pollution.csv"), error.getMessage());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        DatasetException error = assertThrows(DatasetException.class, () -> NamedDataset.byName("ozone"));
        assertTrue(
                error.getMessage().contains("pollution-temp, pollution-pm25, melbourne-min-temp, sunspots"),
                error.getMessage());
    }
}
