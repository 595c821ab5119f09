package lstmbench.report.findings;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The verdict table's header and cells, so the page and the README print the same table.
 *
 * <p>Means over seeds. A cell has a main text and a qualifier (the seed range of the test MSE, "grid
 * edge" beside a learning rate, "worse" beside a persistence ratio above 1, the epoch of the time to
 * target): the README prints them side by side, the page sets the qualifier below in smaller type.
 */
public final class VerdictTable {
    public static final List<String> HEADERS = List.of(
            "Rank",
            "Strategy",
            "Selected mode",
            "Learning rate",
            "Epoch",
            "Test MSE [seed range]",
            "vs persistence",
            "Seeds",
            "Updates",
            "Timesteps",
            "Training s",
            "Time to target");

    private VerdictTable() {}

    /**
     * One cell.
     *
     * @param main      the value
     * @param qualifier what qualifies it, empty when nothing does
     */
    public record Cell(String main, String qualifier) {
        static Cell of(String main) {
            return new Cell(main, "");
        }

        /** Main text and qualifier as one text. */
        public String text() {
            return qualifier.isEmpty() ? main : main + " " + qualifier;
        }
    }

    /** The cells of the strategy ranked {@code rank} (1-based). */
    public static List<Cell> cells(int rank, VerdictRow row) {
        return List.of(
                Cell.of(Integer.toString(rank)),
                Cell.of(row.strategy()),
                Cell.of(row.modes()),
                new Cell(
                        row.learningRates().stream().map(Numbers::format).collect(Collectors.joining(", ")),
                        row.atGridEdge() ? "(grid edge)" : ""),
                Cell.of(range(row.chosenEpoch())),
                new Cell(Numbers.format(row.mse().mean()), row.mse().n() > 1 ? seedRange(row.mse()) : ""),
                new Cell(Numbers.ratio(row.persistenceRatio().mean()), row.worseThanPersistence() ? "(worse)" : ""),
                Cell.of(Integer.toString(row.seeds())),
                Cell.of(Numbers.format(row.updates().mean())),
                Cell.of(Numbers.format(row.timesteps().mean())),
                Cell.of(Numbers.format(row.trainingSeconds().mean())),
                row.toTarget()
                        .map(t -> new Cell(Numbers.format(t.seconds()) + " s", "(epoch " + t.epoch() + ")"))
                        .orElse(Cell.of("-")));
    }

    /** The cells of {@link #cells} as text. */
    public static List<String> texts(int rank, VerdictRow row) {
        return cells(rank, row).stream().map(Cell::text).toList();
    }

    /** The persistence forecast's row: its test MSE and ratio 1, nothing trained. */
    public static List<String> persistenceCells(double mse) {
        return List.of(
                "-",
                "persistence (last value)",
                "-",
                "-",
                "-",
                Numbers.format(mse),
                Numbers.ratio(1),
                "-",
                "0",
                "0",
                "0",
                "-");
    }

    /** A strategy that has runs but no test result. */
    public static List<String> untestedCells(String strategy) {
        return List.of("-", strategy, "no test result", "-", "-", "-", "-", "0", "-", "-", "-", "-");
    }

    /** {@code "0.02 [0.019, 0.021]"}, or the mean alone for one seed. */
    public static String withRange(SeedSpread spread) {
        return Numbers.format(spread.mean()) + (spread.n() > 1 ? " " + seedRange(spread) : "");
    }

    private static String seedRange(SeedSpread spread) {
        return "[" + Numbers.format(spread.min()) + ", " + Numbers.format(spread.max()) + "]";
    }

    /** {@code "8"}, or {@code "5 to 8"} when the seeds differ. */
    private static String range(SeedSpread spread) {
        return spread.min() == spread.max()
                ? Numbers.format(spread.min())
                : Numbers.format(spread.min()) + " to " + Numbers.format(spread.max());
    }
}
