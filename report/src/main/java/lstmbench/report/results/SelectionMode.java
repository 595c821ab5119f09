package lstmbench.report.results;

/**
 * How a run group's checkpoint was chosen: the {@code selection.mode} of the experiment.
 *
 * <p>Which evaluation modes a run group's checkpoint could be chosen in (the experiment's {@code selection.mode}).
 */
public enum SelectionMode {
    /** Both modes: the (learning rate, epoch, mode) with the lowest validation loss. */
    VALIDATION,
    /** The strategy's own mode: windowed for zero-state strategies, streaming for carried-state ones. */
    OWN,
    /** Streaming only. */
    STREAMING,
    /** Windowed only. */
    WINDOWED
}
