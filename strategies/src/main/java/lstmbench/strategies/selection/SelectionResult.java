package lstmbench.strategies.selection;

import java.util.List;
import java.util.Optional;

/**
 * Every candidate of the grid, and the chosen run (empty when every candidate diverged).
 */
public record SelectionResult(String strategySpec, List<Candidate> candidates, Optional<ChosenRun> chosen) {
    public SelectionResult {
        candidates = List.copyOf(candidates);
    }
}
