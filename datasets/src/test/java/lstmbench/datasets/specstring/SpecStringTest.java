package lstmbench.datasets.specstring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared specification-string parser and value readers: names and ordered pairs, canonical
 * text that parses back, malformed pairs, unknown keys, defaults, required and optional keys, and
 * typed values whose errors name the parameter, its owner, the text given and what was expected.
 */
class SpecStringTest {

    private enum Remainder {
        KEEP,
        DROP_ALL
    }

    private static final List<ParameterInfo> DECLARED = List.of(
            new ParameterInfo("chunk", "chunk length", "50"),
            new ParameterInfo("rate", "a rate", "0.5"),
            new ParameterInfo("periods", "periods", "24,168"),
            new ParameterInfo("remainder", "keep or drop-all", "keep"),
            new ParameterInfo("column", "the value column", ""),
            new ParameterInfo("time", "the time column", ""));

    private static SpecParameters read(String spec) {
        return new SpecParameters("strategy 'x'", SpecString.parse(spec).parameters(), DECLARED);
    }

    @Test
    void splitsNameAndOrderedPairsAndPrintsThemBack() {
        SpecString spec = SpecString.parse(" csv:data.csv ? column = TEMP & missing=drop ");
        assertEquals("csv:data.csv", spec.name());
        assertEquals(List.of("column", "missing"), List.copyOf(spec.parameters().keySet()));
        assertEquals("csv:data.csv?column=TEMP&missing=drop", spec.text());
        assertEquals(spec, SpecString.parse(spec.text()));
        assertEquals(new SpecString("full-bptt", Map.of()), SpecString.parse("full-bptt?"));
        assertEquals("full-bptt", SpecString.parse("full-bptt").text());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a?chunk|malformed parameter 'chunk': expected key=value pairs separated by '&'",
                "a?=5|malformed parameter '=5': expected key=value pairs separated by '&'",
                "a?chunk=5&|malformed parameter '': expected key=value pairs separated by '&'",
                "a?chunk=|parameter 'chunk' has no value: expected chunk=VALUE",
                "a?chunk=5&chunk=6|parameter 'chunk' is given more than once",
            })
    void malformedPairsAreRejected(String spec, String expected) {
        assertEquals(
                expected,
                assertThrows(SpecException.class, () -> SpecString.parse(spec)).getMessage());
    }

    @Test
    void readsTypedValuesWithDefaultsForAbsentKeys() {
        SpecParameters values = read("x?chunk=20&remainder=DROP-ALL&column=TEMP");
        assertEquals(20, values.integer("chunk"));
        assertEquals(20L, values.longInteger("chunk"));
        assertEquals(0.5, values.number("rate"));
        assertEquals(List.of(24.0, 168.0), values.numbers("periods"));
        assertEquals(Remainder.DROP_ALL, values.choice("remainder", Remainder.class));
        assertEquals("TEMP", values.text("column"));
        assertEquals(Optional.empty(), values.optionalText("time"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "x?chunk=5.5|chunk|Parameter 'chunk' of strategy 'x' must be an integer, got '5.5'",
                "x?chunk=3000000000|chunk|Parameter 'chunk' of strategy 'x' must be an integer that fits in 32 bits, got '3000000000'",
                "x?rate=NaN|rate|Parameter 'rate' of strategy 'x' must be a finite number, got 'NaN'",
                "x?periods=24,,7|periods|Parameter 'periods' of strategy 'x' must be a comma-separated list of finite numbers, got '24,,7' (bad element '')",
                "x?remainder=some|remainder|Parameter 'remainder' of strategy 'x' must be one of keep, drop-all, got 'some'",
                "x|column|missing parameter 'column' of strategy 'x': expected column=VALUE, the value column",
            })
    void badValuesNameTheParameterTheOwnerTheTextAndTheExpectation(String spec, String key, String expected) {
        SpecParameters values = read(spec);
        SpecException e = assertThrows(SpecException.class, () -> {
            switch (key) {
                case "chunk" -> values.integer(key);
                case "rate" -> values.number(key);
                case "periods" -> values.numbers(key);
                case "remainder" -> values.choice(key, Remainder.class);
                default -> values.text(key);
            }
        });
        assertEquals(expected, e.getMessage());
    }

    @Test
    void unknownKeysListTheDeclaredOnes() {
        SpecException e = assertThrows(SpecException.class, () -> read("x?window=5"));
        assertEquals(
                "Unknown parameter 'window' for strategy 'x': expected one of chunk, rate, periods, remainder,"
                        + " column, time",
                e.getMessage());
        SpecException none = assertThrows(
                SpecException.class, () -> new SpecParameters("strategy 'full-bptt'", Map.of("chunk", "5"), List.of()));
        assertEquals("Unknown parameter 'chunk' for strategy 'full-bptt': expected none", none.getMessage());
    }

    @Test
    void formatsValuesInSpecificationForm() {
        assertEquals("drop-all", SpecParameters.format(Remainder.DROP_ALL));
        assertEquals("1", SpecParameters.format(1.0));
        assertEquals("0.9", SpecParameters.format(0.9));
        assertEquals("24,0.5", SpecParameters.format(List.of(24.0, 0.5)));
    }
}
