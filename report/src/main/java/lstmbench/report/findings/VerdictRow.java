package lstmbench.report.findings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One strategy's line of a dataset's verdict: what was chosen on validation, its test error in the
 * selected mode against persistence, and what its training cost under the budget.
 *
 * <p>Summaries over the seeds that have a test result (one chosen run per seed).
 *
 * @param strategy         strategy name
 * @param parameters       the strategy's parameter text (of its first tested run)
 * @param window           W of its windowed evaluation: the window or chunk it trains on
 * @param budget           the budget its runs recorded ({@code epochs=N}, ...); distinct values joined
 * @param modes            the evaluation modes its checkpoints were selected in, e.g. {@code windowed}
 *                         or {@code streaming 2, windowed 1}
 * @param learningRates    the chosen learning rates, ascending, distinct
 * @param atGridEdge       whether some seed's chosen rate is the smallest or largest of the grid
 *                         its dataset and strategy were trained with (or the grid has one rate)
 * @param chosenEpoch      the chosen epochs over seeds
 * @param mse              test MSE (original scale) in each seed's selected mode
 * @param persistenceRatio that MSE over the persistence forecast's on the same targets
 * @param updates          optimiser updates under the budget
 * @param timesteps        forward timesteps under the budget
 * @param trainingSeconds  training wall-clock seconds under the budget
 * @param memoryHorizon    memory horizon in steps (empty spread when not probed)
 * @param resetPenalty     windowed over streaming test MSE
 * @param toTarget         time to the dataset's common validation target, when it has one
 */
public record VerdictRow(
        String strategy,
        String parameters,
        int window,
        String budget,
        String modes,
        List<Double> learningRates,
        boolean atGridEdge,
        SeedSpread chosenEpoch,
        SeedSpread mse,
        SeedSpread persistenceRatio,
        SeedSpread updates,
        SeedSpread timesteps,
        SeedSpread trainingSeconds,
        SeedSpread memoryHorizon,
        SeedSpread resetPenalty,
        Optional<TimeToTarget.Reached> toTarget) {
    public VerdictRow {
        Objects.requireNonNull(strategy, "strategy");
        learningRates = List.copyOf(learningRates);
        Objects.requireNonNull(toTarget, "toTarget");
    }

    /** Number of seeds with a test result. */
    public int seeds() {
        return mse.n();
    }

    /** Whether its mean test MSE is above the persistence forecast's. */
    public boolean worseThanPersistence() {
        return persistenceRatio.mean() > 1;
    }
}
