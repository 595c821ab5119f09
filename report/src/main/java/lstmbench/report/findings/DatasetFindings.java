package lstmbench.report.findings;

import java.util.List;
import java.util.Objects;

/**
 * The findings for one dataset: the verdict, then further sentences computed from its results.
 *
 * @param dataset   dataset specification string
 * @param verdict   the ranked table and the answers
 * @param sentences further sentences (reset penalty, runs that ended early, cost per epoch, memory)
 */
public record DatasetFindings(String dataset, Verdict verdict, List<String> sentences) {
    public DatasetFindings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(verdict, "verdict");
        sentences = List.copyOf(sentences);
    }
}
