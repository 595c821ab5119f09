package lstmbench.kernel;

/**
 * An optimiser updates the weights in place from their gradients, one step at a time.
 * Implementations keep their own moments, shaped like the weights they were created for.
 */
public interface Optimizer {
    /** Applies one update to {@code params} from {@code grads} (same shapes). */
    void step(ModelParams params, ModelParams grads);

    /** The learning rate this optimiser was built with. */
    double learningRate();
}
