package lstmbench.datasets.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.named.NamedDataset;
import lstmbench.datasets.synthetic.SeasonalAr;
import lstmbench.datasets.synthetic.SeasonalArReferences;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specification strings: the documented examples parse into typed values and load; canonical text
 * parses back to the same value; named datasets resolve; every malformed string (unknown
 * generator, dataset, kind or parameter, non-numeric value, missing column, ...) fails with a
 * message that quotes the specification and says what was expected.
 */
class DatasetSpecsTest {

    @Test
    void seasonalArExampleParsesIntoTypedParametersAndLoads() {
        DatasetSpec spec = DatasetSpecs.parse("synthetic:seasonal-ar?lag=64&phi=0.9&length=47249&seed=1");
        SyntheticSpec synthetic = assertInstanceOf(SyntheticSpec.class, spec);
        assertEquals(new SeasonalAr(64, 0.9, 1.0), synthetic.process());
        assertEquals(47_249, synthetic.length());
        assertEquals(1L, synthetic.seed());
        TimeSeries series = spec.load();
        assertEquals(47_249, series.length());
        assertEquals("seasonal-ar", series.name());
        assertTrue(series.description().contains("memory demand 64 steps"), series.description());
        SeasonalArReferences references = ((SeasonalAr) synthetic.process()).references();
        assertEquals(1.0, references.noiseFloorMse(), 1e-12);
        assertEquals(1.0 / 0.19, references.withoutLagMse(), 1e-12);
    }

    @Test
    void omittedParametersTakeTheirDefaults() {
        SyntheticSpec spec = (SyntheticSpec) DatasetSpecs.parse("synthetic:random-walk");
        assertEquals("synthetic:random-walk?sigma=1&drift=0&length=10000&seed=1", spec.text());
    }

    @Test
    void seedRunNamesOneSeriesPerRunSeedAndIsResolvedBeforeLoading() {
        String text = "synthetic:seasonal-ar?lag=8&length=500&seed=run";
        assertTrue(DatasetSpecs.followsRunSeed(text));
        assertEquals("synthetic:seasonal-ar?lag=8&length=500&seed=3", DatasetSpecs.withRunSeed(text, 3));
        assertEquals(
                "synthetic:seasonal-ar?lag=8&phi=0.9&sigma=1&length=500&seed=run", DatasetSpecs.runSeededText(text));
        assertEquals(
                DatasetSpecs.load("synthetic:seasonal-ar?lag=8&length=500&seed=3"),
                DatasetSpecs.load(DatasetSpecs.withRunSeed(text, 3)));
        String fixed = "synthetic:seasonal-ar?lag=8&length=500&seed=1";
        assertTrue(!DatasetSpecs.followsRunSeed(fixed) && !DatasetSpecs.followsRunSeed("sunspots"));
        assertEquals(fixed, DatasetSpecs.withRunSeed(fixed, 3), "a fixed seed stays");
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetSpecs.parse(text));
        assertTrue(e.getMessage().contains("seed=run takes each run's seed"), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void sameSpecificationGivesTheSameSeries() {
        String text = "synthetic:mackey-glass?length=500&seed=4";
        assertEquals(DatasetSpecs.load(text), DatasetSpecs.load(text));
    }

    @Property(tries = 100)
    void canonicalTextParsesBackToTheSameSpec(
            @ForAll @IntRange(min = 1, max = 1000) int lag,
            @ForAll @DoubleRange(min = -0.99, max = 0.99) double phi,
            @ForAll @DoubleRange(min = 0.01, max = 10) double sigma,
            @ForAll @IntRange(min = 1, max = 100_000) int length,
            @ForAll long seed) {
        SyntheticSpec spec = new SyntheticSpec(new SeasonalAr(lag, phi, sigma), length, seed);
        assertEquals(spec, DatasetSpecs.parse(spec.text()));
    }

    @Test
    void csvSpecificationReadsTheNamedColumnWithItsOptions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("weather.csv");
        Files.writeString(file, "Date;TEMP\nd1;1\nd2;NA\nd3;5\n");
        DatasetSpec spec =
                DatasetSpecs.parse("csv:" + file + "?column=TEMP&missing=interpolate&time=Date&delimiter=semicolon");
        TimeSeries series = spec.load();
        assertEquals(
                List.of(1.0, 3.0, 5.0),
                java.util.Arrays.stream(series.values()).boxed().toList());
        assertEquals(List.of("d1", "d2", "d3"), series.timestamps());
        assertEquals(1, series.missing().count());
        assertEquals(spec, DatasetSpecs.parse(spec.text()));
    }

    @Test
    void csvColumnGivenAsDigitsIsAnIndex(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plain.csv");
        Files.writeString(file, "1\t10\n2\t20\n");
        TimeSeries series = DatasetSpecs.load("csv:" + file + "?column=1&delimiter=tab&header=absent");
        assertEquals(20.0, series.value(1));
    }

    @Test
    void namedDatasetsResolveWithTheirDefaultOrGivenMissingPolicy() {
        assertEquals(
                new NamedSpec(NamedDataset.POLLUTION_TEMP, MissingPolicy.ERROR), DatasetSpecs.parse("pollution-temp"));
        NamedSpec dropped = (NamedSpec) DatasetSpecs.parse("pollution-pm25?missing=drop");
        assertEquals(MissingPolicy.DROP, dropped.missing());
        assertEquals("pollution-pm25?missing=drop", dropped.text());
        assertEquals(43_824 - 2_067, dropped.load().length());
        assertEquals(43_824, DatasetSpecs.load("pollution-temp").length());
        assertEquals(3_650, DatasetSpecs.load("melbourne-min-temp").length());
        assertEquals(2_820, DatasetSpecs.load("sunspots").length());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|Empty dataset specification",
                "synthetic:|missing generator name",
                "synthetic:lorenz?length=10|Unknown generator 'lorenz': expected one of sine-mixture, ar, seasonal-ar, mackey-glass, narma10, random-walk",
                "synthetic:seasonal-ar?lags=64|Unknown parameter 'lags' for generator 'seasonal-ar': expected one of lag, phi, sigma, length, seed",
                "synthetic:seasonal-ar?phi=high|Parameter 'phi' of generator 'seasonal-ar' must be a finite number, got 'high'",
                "synthetic:seasonal-ar?lag=6.5|Parameter 'lag' of generator 'seasonal-ar' must be an integer, got '6.5'",
                "synthetic:seasonal-ar?length=many|Parameter 'length' of generator 'seasonal-ar' must be an integer, got 'many'",
                "synthetic:seasonal-ar?length=0|'length' of generator 'seasonal-ar' must be >= 1",
                "synthetic:seasonal-ar?phi=1.5|'phi' of generator 'seasonal-ar' must be strictly between -1 and 1",
                "synthetic:sine-mixture?periods=24,x|bad element 'x'",
                "synthetic:sine-mixture?periods=24,168&amplitudes=1|one amplitude per period",
                "synthetic:ar?coefficients=1.1|stationary",
                "synthetic:seasonal-ar?lag=64&lag=32|'lag' is given more than once",
                "synthetic:seasonal-ar?lag|malformed parameter 'lag': expected key=value",
                "synthetic:seasonal-ar?lag=|parameter 'lag' has no value",
                "csv:data.csv|missing parameter 'column' of csv: expected column=VALUE, value column: header name, or 0-based index",
                "csv:?column=a|missing file path",
                "csv:data.csv?column=a&sheet=2|Unknown parameter 'sheet' for csv: expected one of column, missing, time, delimiter, header",
                "csv:data.csv?column=a&missing=guess|Parameter 'missing' of csv must be one of error, drop, interpolate, got 'guess'",
                "csv:data.csv?column=a&delimiter=ab|Parameter 'delimiter' of csv must be one of comma, semicolon, tab, pipe, space, or a single character other than '&' and '=', got 'ab'",
                "csv:data.csv?column=a&header=maybe|Parameter 'header' of csv must be one of present, absent, got 'maybe'",
                "ozone|unknown dataset 'ozone': expected synthetic:NAME",
                "pollution-temp?column=DEWP|Unknown parameter 'column' for named dataset 'pollution-temp': expected one of missing",
                "pollution-pm25?missing=often|Parameter 'missing' of named dataset 'pollution-pm25' must be one of error, drop, interpolate, got 'often'",
                "synthetic:seasonal-ar?lag=99999999999|Parameter 'lag' of generator 'seasonal-ar' must be an integer that fits in 32 bits, got '99999999999'",
                "http://example.org/x.csv|unknown kind 'http:'",
            })
    void malformedSpecificationsAreRejectedWithAClearMessage(String spec, String expected) {
        DatasetException error = assertThrows(DatasetException.class, () -> DatasetSpecs.parse(spec));
        assertTrue(
                error.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + error.getMessage());
        if (!spec.isEmpty()) {
            assertTrue(error.getMessage().startsWith("Dataset specification '" + spec + "'"), error.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv:does/not/exist.csv?column=x"})
    void csvFileProblemsSurfaceWhenLoadingNotWhenParsing(String spec) {
        DatasetSpec parsed = DatasetSpecs.parse(spec);
        DatasetException error = assertThrows(DatasetException.class, parsed::load);
        assertTrue(error.getMessage().contains("does/not/exist.csv"), error.getMessage());
    }
}
