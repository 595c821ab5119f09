package lstmbench.report.findings;

import java.util.List;

/**
 * All findings of an experiment: sentences about the experiment as a whole, then per dataset.
 *
 * <p>The findings section's content.
 *
 * @param general  sentences about the experiment as a whole (e.g. runs without results)
 * @param datasets per-dataset findings, in results order
 */
public record Findings(List<String> general, List<DatasetFindings> datasets) {
    public Findings {
        general = List.copyOf(general);
        datasets = List.copyOf(datasets);
    }
}
