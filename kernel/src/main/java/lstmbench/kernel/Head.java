package lstmbench.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The head on every step, forward and backward side by side: its dense layers (Dense) with their
 * activations (HeadShape) in between and after.
 *
 * <pre>
 * forward:  a_0 = h;  a_l = act_l(Dense_l(a_{l-1}))          l = 1 .. L+1 (the last is the output y)
 * backward: g = dy;  for l = L+1 .. 1:  g = g * act_l'(a_l);  g = Dense_l^T(g)   (weight grads added)
 * </pre>
 *
 * <p>Activations are applied in place on each layer's output buffer, so their derivatives are taken
 * from the outputs (Activation.derivativeFromOutput). The default head (HeadShape.DENSE) is one
 * Dense.forward / Dense.backward pair, exactly as before heads had a shape.
 */
public final class Head {
    private Head() {}

    /** Buffers of every layer for one chunk shape [B, T]. */
    public static final class Cache {
        final List<Dense.Cache> layers;
        HeadParams forwardParams;

        public Cache(HeadShape shape, int batch, int time, int hiddenSize, int outputSize) {
            List<Dense.Cache> caches = new ArrayList<>();
            for (int l = 0; l < shape.layerCount(); l++) {
                caches.add(new Dense.Cache(
                        batch, time, shape.layerInput(l, hiddenSize), shape.layerOutput(l, outputSize)));
            }
            this.layers = List.copyOf(caches);
        }

        /** The outputs y [B, T, K] of the last forward pass. */
        public FloatArray output() {
            return layers.get(layers.size() - 1).output();
        }

        /** Bytes of float32 buffers held: every layer's output and input gradient. */
        public long bytes() {
            long n = 0;
            for (Dense.Cache c : layers) {
                n += c.y.length() + c.dh.length();
            }
            return 4L * n;
        }
    }

    /** y [B, T, K] for h [B, T, H]; y is owned by the cache. */
    public static FloatArray forward(HeadParams p, FloatArray h, Cache cache) {
        FloatArray a = h;
        for (int l = 0; l < p.layers().size(); l++) {
            a = Dense.forward(p.layers().get(l), a, cache.layers.get(l));
            p.shape().activationAfter(l).applyInPlace(a);
        }
        cache.forwardParams = p;
        return a;
    }

    /**
     * Adds every layer's weight gradients into {@code grads}; returns dh [B, T, H] (owned by the
     * cache). {@code dy} is the loss gradient at the outputs and is overwritten (scaled by the
     * output activation's derivative).
     */
    public static FloatArray backward(HeadParams p, Cache cache, FloatArray dy, HeadParams grads) {
        if (cache.forwardParams != p) {
            throw new IllegalStateException("head backward needs a forward pass with the same weights in this cache");
        }
        FloatArray g = dy;
        for (int l = p.layers().size() - 1; l >= 0; l--) {
            Dense.Cache c = cache.layers.get(l);
            p.shape().activationAfter(l).backwardInPlace(c.output(), g);
            g = Dense.backward(p.layers().get(l), c, g, grads.layers().get(l));
        }
        return g;
    }
}
