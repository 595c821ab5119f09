// The findings for one dataset: plain sentences computed from its results.
package lstmbench.report.findings;

import java.util.List;

/** Sentences about one dataset, most important first. */
public record DatasetFindings(String dataset, List<String> sentences) {
    public DatasetFindings {
        sentences = List.copyOf(sentences);
    }
}
