package lstmbench.strategies.training;

import lstmbench.kernel.ModelParams;
import lstmbench.kernel.Optimizer;

/**
 * An optimiser that leaves the weights alone: runs an epoch's forward and backward passes as they
 * are.
 */
final class NoUpdate implements Optimizer {
    @Override
    public void step(ModelParams params, ModelParams grads) {}

    @Override
    public double learningRate() {
        return 0;
    }
}
