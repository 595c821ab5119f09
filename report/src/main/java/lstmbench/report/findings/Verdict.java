package lstmbench.report.findings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The answer first, for one dataset: the strategies ranked by test error in their selected mode, the
 * footing of that ranking, the batching questions answered from the numbers, and what qualifies them.
 *
 * @param dataset        dataset specification string
 * @param footing        budget, selection, seeds and target the table stands on, in one sentence
 * @param headline       who ranks first and whether that is conclusive
 * @param ranked         strategies with a test result, lowest mean test MSE (selected mode) first
 * @param untested       strategies with runs on this dataset but no test result
 * @param persistenceMse the persistence forecast's test MSE, when any strategy was tested
 * @param answers        one answer per {@link Question}, in the enum's order
 * @param notes          strategies worse than persistence, seeds left out because every run
 *                       diverged, learning rates at the edge of the grid
 */
public record Verdict(
        String dataset,
        String footing,
        String headline,
        List<VerdictRow> ranked,
        List<String> untested,
        OptionalDouble persistenceMse,
        List<Answer> answers,
        List<String> notes) {
    public Verdict {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(footing, "footing");
        Objects.requireNonNull(headline, "headline");
        ranked = List.copyOf(ranked);
        untested = List.copyOf(untested);
        Objects.requireNonNull(persistenceMse, "persistenceMse");
        answers = List.copyOf(answers);
        notes = List.copyOf(notes);
    }

    /** The row of {@code strategy}, if it was tested. */
    public Optional<VerdictRow> row(String strategy) {
        return ranked.stream().filter(row -> row.strategy().equals(strategy)).findFirst();
    }
}
