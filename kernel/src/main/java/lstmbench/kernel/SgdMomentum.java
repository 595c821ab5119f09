package lstmbench.kernel;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * Stochastic gradient descent with (heavy-ball) momentum, as PyTorch's torch.optim.SGD:
 *
 * <pre>
 * v &lt;- mu v + g ;  w &lt;- w - lr v
 * </pre>
 *
 * mu = 0 gives plain SGD.
 */
public final class SgdMomentum implements Optimizer {
    private final float lr;
    private final float momentum;
    private final ModelParams velocity;

    public SgdMomentum(ModelDims dims, double learningRate, double momentum) {
        if (!(learningRate > 0) || !(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException(
                    "SGD needs learning rate > 0 and momentum in [0, 1); got " + learningRate + ", " + momentum);
        }
        this.lr = (float) learningRate;
        this.momentum = (float) momentum;
        this.velocity = ModelParams.zeros(dims);
    }

    @Override
    public void step(ModelParams params, ModelParams grads) {
        List<FloatArray> w = params.tensors(), g = grads.tensors(), v = velocity.tensors();
        for (int t = 0; t < w.size(); t++) {
            FloatBuffer wb = w.get(t).buffer(),
                    gb = g.get(t).buffer(),
                    vb = v.get(t).buffer();
            for (int i = 0, n = w.get(t).length(); i < n; i++) {
                float vi = momentum * vb.get(i) + gb.get(i);
                vb.put(i, vi);
                wb.put(i, wb.get(i) - lr * vi);
            }
        }
    }

    @Override
    public double learningRate() {
        return lr;
    }
}
