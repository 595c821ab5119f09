package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The verdict table's header and cells as text, so the page and the README print the same table.
 *
 * <p>Means over seeds; the test MSE cell adds the seed range as {@code [min, max]} when there is more
 * than one seed.
 */
public final class VerdictTable {
    public static final List<String> HEADERS = List.of("Rank", "Strategy", "Selected mode", "Learning rate",
            "Epoch", "Test MSE [seed range]", "vs persistence", "Seeds", "Updates", "Timesteps", "Training s",
            "Time to target");

    private VerdictTable() {
    }

    /** The cells of the strategy ranked {@code rank} (1-based). */
    public static List<String> cells(int rank, VerdictRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(rank));
        cells.add(row.strategy());
        cells.add(row.modes());
        cells.add(row.learningRates().stream().map(Numbers::format).collect(Collectors.joining(", "))
                + (row.atGridEdge() ? " (grid edge)" : ""));
        cells.add(range(row.chosenEpoch()));
        cells.add(withRange(row.mse()));
        cells.add(Numbers.ratio(row.persistenceRatio().mean()) + (row.worseThanPersistence() ? " (worse)" : ""));
        cells.add(Integer.toString(row.seeds()));
        cells.add(Numbers.format(row.updates().mean()));
        cells.add(Numbers.format(row.timesteps().mean()));
        cells.add(Numbers.format(row.trainingSeconds().mean()));
        cells.add(row.toTarget().map(t -> Numbers.format(t.seconds()) + " s (epoch " + t.epoch() + ")").orElse("-"));
        return cells;
    }

    /** The persistence forecast's row: its test MSE and ratio 1, nothing trained. */
    public static List<String> persistenceCells(double mse) {
        return List.of("-", "persistence (last value)", "-", "-", "-", Numbers.format(mse), Numbers.ratio(1), "-",
                "0", "0", "0", "-");
    }

    /** A strategy that has runs but no test result. */
    public static List<String> untestedCells(String strategy) {
        return List.of("-", strategy, "no test result", "-", "-", "-", "-", "0", "-", "-", "-", "-");
    }

    /** {@code "0.02 [0.019, 0.021]"}, or the mean alone for one seed. */
    public static String withRange(SeedSpread spread) {
        return Numbers.format(spread.mean()) + (spread.n() > 1
                ? " [" + Numbers.format(spread.min()) + ", " + Numbers.format(spread.max()) + "]" : "");
    }

    /** {@code "8"}, or {@code "5 to 8"} when the seeds differ. */
    private static String range(SeedSpread spread) {
        return spread.min() == spread.max() ? Numbers.format(spread.min())
                : Numbers.format(spread.min()) + " to " + Numbers.format(spread.max());
    }
}
