package lstmbench.strategies.selection;

import java.util.EnumSet;
import java.util.Set;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.TrainingSpan;
import lstmbench.strategies.evaluation.EvaluationMode;

/**
 * Which evaluation modes a run group's checkpoint may be chosen in:
 *
 * <pre>
 * VALIDATION  both: the (learning rate, epoch, mode) with the lowest validation loss (the default);
 * OWN         the strategy's own mode: windowed for strategies whose batches all start from zero
 *             state, streaming for those that carry state (TrainingSpan.carriesState);
 * STREAMING   streaming only;
 * WINDOWED    windowed only.
 * </pre>
 */
public enum SelectionMode {
    VALIDATION,
    OWN,
    STREAMING,
    WINDOWED;

    /** The modes a checkpoint of this strategy may be chosen in. */
    public Set<EvaluationMode> modesFor(Strategy strategy) {
        return switch (this) {
            case VALIDATION -> EnumSet.allOf(EvaluationMode.class);
            case STREAMING -> EnumSet.of(EvaluationMode.STREAMING);
            case WINDOWED -> EnumSet.of(EvaluationMode.WINDOWED);
            case OWN ->
                EnumSet.of(
                        strategy instanceof TrainingSpan span && !span.carriesState()
                                ? EvaluationMode.WINDOWED
                                : EvaluationMode.STREAMING);
        };
    }
}
