package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lstmbench.report.results.RunEntry;
import lstmbench.report.results.RunRecord;
import lstmbench.report.results.RunStatus;

/**
 * Sentences about runs that diverged, failed or never produced results.
 *
 * <p>Findings about runs that did not end well, so no result silently disappears.
 */
final class RunProblemFindings {
    /** Missing runs named one by one; the rest are counted. */
    private static final int SHOWN = 5;

    private RunProblemFindings() {}

    /**
     * One sentence per run that diverged or failed, saying what became of its seed: the learning rate
     * chosen instead, or, when no run of the seed completed, that the seed is left out.
     */
    static List<String> sentences(List<StrategySummary> strategies, List<RunRecord> datasetRuns) {
        List<String> sentences = new ArrayList<>();
        for (StrategySummary strategy : strategies) {
            for (RunRecord run : strategy.ended()) {
                String verb = run.status() == RunStatus.DIVERGED ? "diverged" : "failed";
                String detail = run.statusDetail().isBlank() ? "" : " (" + run.statusDetail() + ")";
                Optional<RunRecord> chosen = datasetRuns.stream()
                        .filter(other -> other.strategy().equals(run.strategy())
                                && other.seed() == run.seed()
                                && other.chosenForTest()
                                && other.status() == RunStatus.OK)
                        .findFirst();
                String consequence = chosen.map(other -> "; learning rate "
                                + Numbers.format(other.setup().learningRate()) + " was chosen for that seed instead")
                        .orElse("; no run of that seed completed, so the seed has no test result and is left out");
                sentences.add(strategy.strategy() + " " + verb + " with seed " + run.seed() + " and learning rate "
                        + Numbers.format(run.setup().learningRate()) + " at epoch " + run.epochsRun() + detail
                        + consequence + ".");
            }
        }
        return sentences;
    }

    static List<String> missing(List<RunEntry> missing) {
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> ids = missing.stream()
                .limit(SHOWN)
                .map(entry -> entry.runId().value() + " (" + entry.status() + " in manifest.json)")
                .toList();
        String more = missing.size() > SHOWN ? " and " + (missing.size() - SHOWN) + " more (see Reproduce)" : "";
        return List.of(missing.size() + " planned run" + (missing.size() == 1 ? " has" : "s have")
                + " no row in runs.csv (still pending, interrupted or lost): " + String.join(", ", ids) + more + ".");
    }
}
