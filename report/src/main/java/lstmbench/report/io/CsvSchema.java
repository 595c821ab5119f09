package lstmbench.report.io;

import java.util.List;

/**
 * How one record type maps to the columns of one CSV results file.
 *
 * <p>Maps records of type {@code T} to CSV cells and back.
 */
public interface CsvSchema<T> {
    /** Column names in file order. */
    List<String> columns();

    /**
     * Columns that files written by earlier versions lack: reading such a file gives these
     * columns empty cells, which parse must accept. Every other column is required.
     */
    default List<String> columnsAddedLater() {
        return List.of();
    }

    /** The cells of one record, in {@link #columns()} order, formatted with {@link Cells}. */
    List<String> cells(T record);

    /** One record from one row; getters on {@code row} raise errors naming file, line and column. */
    T parse(CsvRow row) throws ResultsFormatException;
}
