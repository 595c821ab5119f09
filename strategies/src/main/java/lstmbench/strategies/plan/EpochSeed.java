package lstmbench.strategies.plan;

import java.util.SplittableRandom;

/**
 * Which epoch a plan is for and the run's seed: strategies that draw per epoch (shuffled order,
 * random offsets) take their randomness from here only, so a run is reproducible. The generator
 * of epoch e is SplittableRandom seeded with a SplitMix64 mix of (seed, e).
 */
public record EpochSeed(int epoch, long seed) {
    public EpochSeed {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
    }

    public SplittableRandom random() {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + epoch));
    }

    /** SplitMix64's finaliser (Steele, Lea &amp; Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
