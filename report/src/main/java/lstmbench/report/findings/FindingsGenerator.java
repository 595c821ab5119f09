package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.List;
import lstmbench.report.results.Results;

/**
 * Computes the findings (plain sentences) of an experiment from its results; nothing is typed in by
 * hand.
 *
 * <p>Per dataset: the verdict ({@link Verdict}), then the reset penalty, runs that ended early, cost per
 * epoch and memory horizon, in that order.
 */
public final class FindingsGenerator {
    private FindingsGenerator() {}

    public static Findings findings(Results results) {
        List<DatasetFindings> datasets = new ArrayList<>();
        for (String dataset : results.datasets()) {
            List<StrategySummary> strategies = StrategySummary.of(results, dataset);
            List<String> sentences = new ArrayList<>();
            ErrorFindings.resetSentence(strategies).ifPresent(sentences::add);
            sentences.addAll(RunProblemFindings.sentences(strategies, results.runsOf(dataset)));
            CostFindings.costPerEpoch(strategies).ifPresent(sentences::add);
            MemoryFindings.sentence(strategies).ifPresent(sentences::add);
            datasets.add(new DatasetFindings(dataset, Verdicts.of(results, dataset, strategies), sentences));
        }
        List<String> general = new ArrayList<>(RunProblemFindings.missing(results.missingRuns()));
        List<LagSweep> sweeps = LagSweep.of(results);
        LagSweepFindings.sentence(sweeps).ifPresent(general::add);
        LagSweepFindings.resetSentence(sweeps).ifPresent(general::add);
        if (results.runs().isEmpty()) {
            general.add("No run has finished yet, so there is nothing to compare.");
        }
        return new Findings(general, datasets);
    }
}
