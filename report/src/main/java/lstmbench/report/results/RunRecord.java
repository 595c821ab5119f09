package lstmbench.report.results;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of runs.csv: a finished (or ended) run with its final metrics.
 *
 * <p>One run's outcome.
 *
 * <p>Absent values are explicit: {@code test} is present only for runs chosen for testing that
 * ended {@link RunStatus#OK} (test metrics are computed for the chosen learning rate only), and
 * {@code memoryHorizon} only when the input-sensitivity probe ran. In runs.csv an absent value is an
 * empty cell; a number that is NaN or infinite (the loss of a diverged run) is written {@code NaN},
 * {@code Infinity} or {@code -Infinity}, so "not measured" and "measured as NaN" never mix.
 *
 * @param runId          joins this row with curves.csv, memory.csv and forecasts.csv
 * @param setup          what the run was asked to do
 * @param chosenForTest  whether this learning rate was the one chosen on validation for this
 *                       dataset, strategy and seed
 * @param status         how the run ended (never {@link RunStatus#PENDING})
 * @param epochsRun      epochs started; for DIVERGED and FAILED runs, the epoch (1-based) at which
 *                       the run ended
 * @param statusDetail   a short human-readable note (the exception for FAILED), empty when none
 * @param finalTrainLoss training loss of the last epoch (NaN or infinite when diverged)
 * @param validationLoss validation loss (scaled MSE on every validation target) of the run's best
 *                       checkpoint in its selected mode ({@code protocol}); NaN when the run did
 *                       not complete
 * @param test           test metrics, when computed
 * @param memoryHorizon  smallest lag after which input sensitivity stays below 1% of its peak
 * @param cost           per-epoch cost
 * @param protocol       budget, selection, chosen checkpoint and total cost
 */
public record RunRecord(
        RunId runId,
        RunSetup setup,
        boolean chosenForTest,
        RunStatus status,
        int epochsRun,
        String statusDetail,
        double finalTrainLoss,
        double validationLoss,
        Optional<TestMetrics> test,
        OptionalInt memoryHorizon,
        EpochCost cost,
        RunProtocol protocol) {
    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusDetail, "statusDetail");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(memoryHorizon, "memoryHorizon");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(protocol, "protocol");
        if (status == RunStatus.PENDING) {
            throw new IllegalArgumentException("run " + runId + ": PENDING belongs in manifest.json, not runs.csv");
        }
        if (epochsRun < 0) {
            throw new IllegalArgumentException("run " + runId + ": epochsRun must be >= 0, was " + epochsRun);
        }
        if (test.isPresent() && (status != RunStatus.OK || !chosenForTest)) {
            throw new IllegalArgumentException(
                    "run " + runId + ": test metrics belong only to OK runs chosen for testing");
        }
    }

    public String dataset() {
        return setup.dataset();
    }

    public String strategy() {
        return setup.strategy();
    }

    public long seed() {
        return setup.seed();
    }
}
