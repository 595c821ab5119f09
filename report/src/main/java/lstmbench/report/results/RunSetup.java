package lstmbench.report.results;

import java.util.Objects;

/**
 * What a run was asked to do: the configuration columns of a runs.csv row.
 *
 * <p>The configuration of one run.
 *
 * @param experiment         experiment name (the results folder's name by default)
 * @param dataset            dataset specification string, as the user typed it
 * @param strategy           strategy name as users type it ({@code sliding-window}, ...); a string
 *                           because new strategies are added by registering a class, not here
 * @param strategyParameters the strategy's parameters rendered as {@code name=value} pairs joined
 *                           by {@code ", "} (e.g. {@code "W=48, batch=32"}); see {@link ParameterText}
 * @param seed               random seed of the run
 * @param learningRate       learning rate from the grid
 */
public record RunSetup(
        String experiment, String dataset, String strategy, String strategyParameters, long seed, double learningRate) {
    public RunSetup {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(strategyParameters, "strategyParameters");
    }

    /** The canonical run id for this setup. */
    public RunId runId() {
        return RunId.compose(dataset, strategy, strategyParameters, learningRate, seed);
    }
}
