package lstmbench.report.findings;

import java.util.List;

/**
 * The findings for one dataset: plain sentences computed from its results.
 *
 * <p>Sentences about one dataset, most important first.
 */
public record DatasetFindings(String dataset, List<String> sentences) {
    public DatasetFindings {
        sentences = List.copyOf(sentences);
    }
}
