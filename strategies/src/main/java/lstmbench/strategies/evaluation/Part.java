package lstmbench.strategies.evaluation;

/**
 * The held-out parts a trained model is evaluated on, in time order after the training part.
 */
public enum Part {
    VALIDATION,
    TEST
}
