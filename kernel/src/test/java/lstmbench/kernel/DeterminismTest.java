package lstmbench.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The same seeds give bit-identical weights after N training steps; another seed does not.
 */
class DeterminismTest {
    static float[] trainedWeights(long seed) {
        SineTask task = new SineTask(seed);
        ModelParams p = Initializer.initialize(SineTask.DIMS, seed);
        task.train(p, 40, 0.01, seed);
        return p.flatten();
    }

    @Test
    void sameSeedGivesBitIdenticalWeights() {
        float[] a = trainedWeights(5), b = trainedWeights(5);
        int[] bitsA = new int[a.length], bitsB = new int[b.length];
        for (int i = 0; i < a.length; i++) {
            bitsA[i] = Float.floatToRawIntBits(a[i]);
            bitsB[i] = Float.floatToRawIntBits(b[i]);
        }
        assertArrayEquals(bitsA, bitsB);
    }

    @Test
    void anotherSeedGivesOtherWeights() {
        assertFalse(Arrays.equals(trainedWeights(5), trainedWeights(6)));
    }
}
