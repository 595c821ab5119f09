/* The held-out parts a trained model is evaluated on, in time order after the training part. */
package lstmbench.strategies.evaluation;

public enum Part {
    VALIDATION,
    TEST
}
