package lstmbench.strategies.training;

import lstmbench.kernel.Adam;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.Optimizer;
import lstmbench.kernel.SgdMomentum;

/**
 * Which of the kernel's optimisers a run uses; the learning rate is chosen separately (from a
 * grid).
 */
public sealed interface OptimizerChoice {

    Optimizer create(ModelDims dims, double learningRate);

    /** Adam with beta1 = 0.9, beta2 = 0.999, eps = 1e-8. */
    record AdamChoice() implements OptimizerChoice {
        @Override
        public Optimizer create(ModelDims dims, double learningRate) {
            return new Adam(dims, learningRate);
        }
    }

    /** SGD with heavy-ball momentum (0 for plain SGD). */
    record SgdChoice(double momentum) implements OptimizerChoice {
        @Override
        public Optimizer create(ModelDims dims, double learningRate) {
            return new SgdMomentum(dims, learningRate, momentum);
        }
    }
}
