package lstmbench.harness.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The data every LSTM benchmark feeds: B streams of a seeded noisy sine, each the continuation of
 * the previous one, with next-step targets, so the kernel and deeplearning4j see identical values.
 * Values do not change the cost of the arithmetic; they only need to be finite and ordinary.
 */
final class BenchData {
    /** Seed of the series and of the kernel's weights. */
    static final long SEED = 20240607L;

    private BenchData() {}

    /** Series value number i (deterministic). */
    static float value(long i) {
        double noise = new SplittableRandom(SEED + i).nextDouble(-0.05, 0.05);
        return (float) (Math.sin(2 * Math.PI * i / 24.0) + noise);
    }

    /** Inputs [B, T, I] in c-order: stream b at step t is series point b*T + t (every feature the same). */
    static float[] inputs(int batch, int time, int input) {
        float[] x = new float[batch * time * input];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < time; t++) {
                for (int k = 0; k < input; k++) {
                    x[(b * time + t) * input + k] = value((long) b * time + t);
                }
            }
        }
        return x;
    }

    /** Next-step targets [B, T] (K = 1) in c-order. */
    static float[] targets(int batch, int time) {
        float[] y = new float[batch * time];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < time; t++) {
                y[b * time + t] = value((long) b * time + t + 1);
            }
        }
        return y;
    }

    static float[] ones(int n) {
        float[] m = new float[n];
        Arrays.fill(m, 1f);
        return m;
    }
}
