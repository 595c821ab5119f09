package lstmbench.strategies.training;

import java.util.EnumSet;
import java.util.Set;
import lstmbench.strategies.Strategy;
import lstmbench.strategies.TrainingSpan;
import lstmbench.strategies.evaluation.EvaluationMode;
import lstmbench.strategies.evaluation.ForecastData;

/**
 * How the trainer validates a run after every epoch and which checkpoints it keeps: the window W of
 * the windowed validation loss (the strategy's trained window, or the experiment's evaluation
 * window where it has none), and the evaluation modes a checkpoint may be chosen in. Both modes'
 * losses are measured and recorded every epoch either way; the best epoch of each listed mode is
 * kept, and with patience an epoch counts as an improvement when it lowers the best loss of any
 * listed mode. A window longer than the training part is cut to it (forData): the windowed
 * forecast of the first validation target cannot read further back.
 */
public record ValidationSetup(int window, Set<EvaluationMode> modes) {

    /** The evaluation window of an experiment that sets none, and of runs without one. */
    public static final int DEFAULT_WINDOW = 48;

    public ValidationSetup {
        if (window < 1) {
            throw new IllegalArgumentException("validation window must be >= 1, got " + window);
        }
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("at least one evaluation mode must be selectable");
        }
        modes = Set.copyOf(EnumSet.copyOf(modes));
    }

    /** This setup with the window cut to the training part of {@code data}. */
    public ValidationSetup forData(ForecastData data) {
        return window <= data.validationStart() ? this : new ValidationSetup(data.validationStart(), modes);
    }

    /** Both modes selectable, windowed with the strategy's trained window (else {@code fallbackWindow}). */
    public static ValidationSetup bothModes(Strategy strategy, int fallbackWindow) {
        return new ValidationSetup(windowOf(strategy, fallbackWindow), EnumSet.allOf(EvaluationMode.class));
    }

    /** W of a strategy's windowed evaluation: its trained window, else {@code fallbackWindow}. */
    public static int windowOf(Strategy strategy, int fallbackWindow) {
        return strategy instanceof TrainingSpan span ? span.trainedWindow().orElse(fallbackWindow) : fallbackWindow;
    }
}
