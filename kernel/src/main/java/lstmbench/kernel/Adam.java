package lstmbench.kernel;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1), with bias correction:
 *
 * <pre>
 * m &lt;- b1 m + (1 - b1) g ;  v &lt;- b2 v + (1 - b2) g^2
 * w &lt;- w - lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)
 * </pre>
 *
 * computed in the paper's efficient form (end of its section 2): the step size lr
 * sqrt(1 - b2^t) / (1 - b1^t) with eps scaled by sqrt(1 - b2^t), which equals the update above
 * exactly. Defaults b1 = 0.9, b2 = 0.999, eps = 1e-8.
 */
public final class Adam implements Optimizer {
    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final ModelParams m;
    private final ModelParams v;
    private long t;

    public Adam(ModelDims dims, double learningRate) {
        this(dims, learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(ModelDims dims, double learningRate, double beta1, double beta2, double eps) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("Adam needs a learning rate > 0, got " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && eps > 0)) {
            throw new IllegalArgumentException("Adam needs beta1, beta2 in [0, 1) and eps > 0");
        }
        this.lr = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.m = ModelParams.zeros(dims);
        this.v = ModelParams.zeros(dims);
    }

    @Override
    public void step(ModelParams params, ModelParams grads) {
        t++;
        float b1 = (float) beta1, b2 = (float) beta2;
        float stepSize = (float) (lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t)));
        float epsHat = (float) (eps * Math.sqrt(1 - Math.pow(beta2, t)));
        List<FloatArray> w = params.tensors(), g = grads.tensors(), ms = m.tensors(), vs = v.tensors();
        for (int k = 0; k < w.size(); k++) {
            FloatBuffer wb = w.get(k).buffer(),
                    gb = g.get(k).buffer(),
                    mb = ms.get(k).buffer(),
                    vb = vs.get(k).buffer();
            for (int i = 0, n = w.get(k).length(); i < n; i++) {
                float gi = gb.get(i);
                float mi = b1 * mb.get(i) + (1 - b1) * gi;
                float vi = b2 * vb.get(i) + (1 - b2) * gi * gi;
                mb.put(i, mi);
                vb.put(i, vi);
                wb.put(i, wb.get(i) - stepSize * mi / ((float) Math.sqrt(vi) + epsHat));
            }
        }
    }

    @Override
    public double learningRate() {
        return lr;
    }
}
