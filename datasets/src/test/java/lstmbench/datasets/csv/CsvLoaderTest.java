package lstmbench.datasets.csv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for CSV loading: missing-value policies do what they say and are recorded, and every kind
 * of bad input fails with a message that names the file, the column or row, and what was expected.
 * Fixtures are written into a temp folder (the bundled real files are tested in the named package).
 */
class CsvLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static DatasetException failure(CsvSource source) {
        return assertThrows(DatasetException.class, () -> CsvLoader.load(source));
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
        }
    }

    @Test
    void readsValueColumnByNameWithTimeLabels() throws IOException {
        Path file = write("t.csv", "\"Date\",\"Temp\"\n\"2000-01-01\",1.5\n\"2000-01-02\",-2\n\"2000-01-03\",3e1\n");
        TimeSeries series = CsvLoader.load(CsvSource.of(file, new ColumnSelector.ByName("Temp"))
                .withTimeColumn(new ColumnSelector.ByName("Date")));
        assertArrayEquals(new double[] {1.5, -2, 30}, series.values());
        assertEquals(List.of("2000-01-01", "2000-01-02", "2000-01-03"), series.timestamps());
        assertEquals(0, series.missing().count());
    }

    @Test
    void readsColumnByIndexWithOtherDelimiterAndNoHeader() throws IOException {
        Path file = write("t.csv", "a;1\nb;2\nc;4\n");
        TimeSeries series = CsvLoader.load(CsvSource.of(file, new ColumnSelector.ByIndex(1))
                .withDelimiter(';')
                .withHeader(HeaderRow.ABSENT));
        assertArrayEquals(new double[] {1, 2, 4}, series.values());
    }

    @Test
    void interpolatesInteriorGapsLinearlyAndEndGapsWithNearestValue() throws IOException {
        Path file = write("t.csv", "t,v\na,NA\nb,1\nc,\nd,na\ne,4\nf,nan\n");
        TimeSeries series = CsvLoader.load(
                CsvSource.of(file, new ColumnSelector.ByName("v")).withMissing(MissingPolicy.INTERPOLATE));
        assertArrayEquals(new double[] {1, 1, 2, 3, 4, 4}, series.values(), 1e-12);
        assertEquals(4, series.missing().count());
        assertEquals(MissingPolicy.INTERPOLATE, series.missing().treatment());
        assertEquals(List.of(1, 3, 4, 6), series.missing().firstRows());
        assertEquals(List.of(0, 2, 3, 5), series.missing().filledIndices(), "the positions filled in");
        assertArrayEquals(
                new boolean[] {true, false, true, true, false, true},
                series.missing().filledMask(6));
    }

    @Test
    void dropRemovesMissingRowsTogetherWithTheirTimeLabels() throws IOException {
        Path file = write("t.csv", "t,v\na,1\nb,NA\nc,3\n");
        TimeSeries series = CsvLoader.load(CsvSource.of(file, new ColumnSelector.ByName("v"))
                .withTimeColumn(new ColumnSelector.ByName("t"))
                .withMissing(MissingPolicy.DROP));
        assertArrayEquals(new double[] {1, 3}, series.values());
        assertEquals(List.of("a", "c"), series.timestamps());
        assertEquals(1, series.missing().count());
        assertEquals(MissingPolicy.DROP, series.missing().treatment());
        assertEquals(List.of(), series.missing().filledIndices(), "dropped rows are not filled in");
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nope.csv");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("v"))).getMessage(),
                file.toString(),
                "does not exist");
    }

    @Test
    void directoryInsteadOfFileIsRejected() {
        assertMentions(
                failure(CsvSource.of(dir, new ColumnSelector.ByName("v"))).getMessage(),
                dir.toString(),
                "not a regular file");
    }

    @Test
    void unreadableFileIsRejected() throws IOException {
        Path file = write("locked.csv", "v\n1\n");
        assertTrue(file.toFile().setReadable(false, false));
        assumeFalse(Files.isReadable(file), "root reads any file: this case is only checkable as a user");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("v"))).getMessage(),
                file.toString(),
                "not readable");
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path file = write("empty.csv", "");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("v"))).getMessage(), file.toString(), "empty");
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws IOException {
        Path file = write("blank.csv", "\n  \n");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("v"))).getMessage(), file.toString(), "empty");
    }

    @Test
    void headerOnlyFileIsRejected() throws IOException {
        Path file = write("header.csv", "time,value\n");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("value"))).getMessage(),
                file.toString(),
                "no data rows",
                "time, value");
    }

    @Test
    void unknownColumnNameListsAvailableColumns() throws IOException {
        Path file = write("t.csv", "time,value\n1,2\n");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("TEMP"))).getMessage(),
                file.toString(),
                "'TEMP'",
                "not found",
                "available columns: time, value");
    }

    @Test
    void columnIndexOutOfRangeIsRejected() throws IOException {
        Path file = write("t.csv", "time,value\n1,2\n");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByIndex(2))).getMessage(),
                file.toString(),
                "index 2",
                "out of range",
                "2 columns");
    }

    @Test
    void nonNumericCellIsReportedWithRowAndContent() throws IOException {
        Path file = write("t.csv", "value\n1\n2\nabc\n4\n");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("value"))).getMessage(),
                file.toString(),
                "'value'",
                "row 3",
                "'abc'",
                "expected a finite number");
    }

    @Test
    void infiniteCellIsNotANumber() throws IOException {
        Path file = write("t.csv", "value\n1\nInfinity\n");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("value"))).getMessage(), "row 2", "'Infinity'");
    }

    @Test
    void missingCellsUnderErrorPolicyAreCountedWithFirstRows() throws IOException {
        Path file = write("t.csv", "t,value\na,1\nb,NA\nc,3\nd,\ne,5\n");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("value"))).getMessage(),
                file.toString(),
                "'value'",
                "2 missing values",
                "rows 2, 4",
                "missing=error");
    }

    @Test
    void columnWithOnlyMissingValuesCannotBeFilled() throws IOException {
        Path file = write("t.csv", "value\nNA\nNA\n");
        assertMentions(
                failure(CsvSource.of(file, new ColumnSelector.ByName("value")).withMissing(MissingPolicy.INTERPOLATE))
                        .getMessage(),
                file.toString(),
                "All 2 values",
                "missing");
    }

    @Test
    void raggedRowIsReportedAsUnparseable() throws IOException {
        Path file = write("t.csv", "a,b\n1,2\n3,4,5,6\n");
        DatasetException error = failure(CsvSource.of(file, new ColumnSelector.ByName("b")));
        assertMentions(error.getMessage(), file.toString());
    }

    @Test
    void allColumnsAreReadAsTextSoLeadingZerosAndMixedCellsStayUnderOurControl() throws IOException {
        Path file = write("t.csv", "value\n007\n.5\n-1.25E-1\n");
        assertArrayEquals(
                new double[] {7, 0.5, -0.125},
                CsvLoader.load(CsvSource.of(file, new ColumnSelector.ByName("value")))
                        .values());
    }

    @Test
    void columnSelectorParsesDigitsAsIndexAndAnythingElseAsName() {
        assertAll(
                () -> assertEquals(new ColumnSelector.ByIndex(7), ColumnSelector.parse("7")),
                () -> assertEquals(new ColumnSelector.ByName("pm2.5"), ColumnSelector.parse("pm2.5")));
    }
}
