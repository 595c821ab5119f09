package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.List;
import lstmbench.report.chart.StrategyCurves;
import lstmbench.report.results.Results;

/**
 * Computes the findings (plain sentences) of an experiment from its results; nothing is typed in by
 * hand.
 *
 * <p>Per dataset: errors, run problems, cost and memory, in that order.
 */
public final class FindingsGenerator {
    private FindingsGenerator() {
    }

    public static Findings findings(Results results) {
        List<DatasetFindings> datasets = new ArrayList<>();
        for (String dataset : results.datasets()) {
            List<StrategySummary> strategies = StrategySummary.of(results, dataset);
            List<String> sentences = new ArrayList<>(ErrorFindings.sentences(dataset, strategies));
            sentences.addAll(RunProblemFindings.sentences(strategies));
            sentences.addAll(CostFindings.sentences(strategies, StrategyCurves.of(results, dataset)));
            MemoryFindings.sentence(strategies).ifPresent(sentences::add);
            datasets.add(new DatasetFindings(dataset, sentences));
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
