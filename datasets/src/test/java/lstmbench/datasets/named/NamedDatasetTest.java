package lstmbench.datasets.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tests that every real file in the data directory loads through its name with the published
 * length, that the pm2.5 gaps are counted and filled, and that the data folder is searched in the
 * documented order with an error that points at scripts/fetch-datasets.sh.
 */
class NamedDatasetTest {

  private static final DataDirectory DATA = DataDirectory.fromEnvironment();

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
  }

  @Test
  void pollutionPm25UnderErrorPolicyNamesFileColumnCountAndRows() {
    DatasetException error = assertThrows(DatasetException.class,
        () -> NamedDataset.POLLUTION_PM25.load(DATA, MissingPolicy.ERROR));
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
  void overrideDirectoryIsSearchedFirst(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("monthly-sunspots.csv"), "\"Month\",\"Sunspots\"\n\"1\",1\n\"2\",2\n");
    TimeSeries series = NamedDataset.SUNSPOTS.load(
        DataDirectory.of(Optional.of(dir.toString()), Path.of("").toAbsolutePath()),
        MissingPolicy.ERROR);
    assertEquals(2, series.length());
  }

  @Test
  void sharedDatasetsIsFoundFromAnyDescendantOfTheRepositoryRoot(@TempDir Path root) throws IOException {
    Path shared = Files.createDirectories(root.resolve("shared/datasets"));
    Path module = Files.createDirectories(root.resolve("repo/datasets/src"));
    Files.writeString(shared.resolve("monthly-sunspots.csv"), "Month,Sunspots\na,1\n");
    Path found = DataDirectory.of(Optional.empty(), module).locate("monthly-sunspots.csv", "sunspots");
    assertEquals(shared.resolve("monthly-sunspots.csv"), found);
  }

  @Test
  void absentDatasetErrorSaysToRunTheFetchScript(@TempDir Path empty) {
    DataDirectory nowhere = new DataDirectory(List.of(empty));
    DatasetException error = assertThrows(DatasetException.class,
        () -> NamedDataset.SUNSPOTS.load(nowhere, MissingPolicy.ERROR));
    assertTrue(error.getMessage().contains("scripts/fetch-datasets.sh"), error.getMessage());
    assertTrue(error.getMessage().contains("monthly-sunspots.csv"), error.getMessage());
    assertTrue(error.getMessage().contains(empty.toString()), error.getMessage());
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    DatasetException error = assertThrows(DatasetException.class, () -> NamedDataset.byName("ozone"));
    assertTrue(error.getMessage().contains("pollution-temp, pollution-pm25, melbourne-min-temp, sunspots"),
        error.getMessage());
  }
}
