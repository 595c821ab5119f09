package lstmbench.strategies.training;

import java.util.Arrays;

/**
 * What each batch of one epoch cost, in the plan's batch order: wall-clock seconds (filling the
 * batch, forward, and, when it scores any step, backward, clipping and the optimiser step), forward
 * timesteps (rows x length) and the activation cache its shape needs (kernel workspace bytes,
 * float32). Empty when no epoch ran.
 */
public record BatchCosts(double[] seconds, long[] timesteps, long[] activationBytes) {
    public static final BatchCosts NONE = new BatchCosts(new double[0], new long[0], new long[0]);

    public BatchCosts {
        if (seconds.length != timesteps.length || seconds.length != activationBytes.length) {
            throw new IllegalArgumentException("batch costs need one value per batch in each array, got "
                    + seconds.length + ", " + timesteps.length + " and " + activationBytes.length);
        }
        seconds = seconds.clone();
        timesteps = timesteps.clone();
        activationBytes = activationBytes.clone();
    }

    /** Number of batches measured. */
    public int batches() {
        return seconds.length;
    }

    public double seconds(int batch) {
        return seconds[batch];
    }

    public long timesteps(int batch) {
        return timesteps[batch];
    }

    public long activationBytes(int batch) {
        return activationBytes[batch];
    }

    @Override
    public double[] seconds() {
        return seconds.clone();
    }

    @Override
    public long[] timesteps() {
        return timesteps.clone();
    }

    @Override
    public long[] activationBytes() {
        return activationBytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchCosts c
                && Arrays.equals(seconds, c.seconds)
                && Arrays.equals(timesteps, c.timesteps)
                && Arrays.equals(activationBytes, c.activationBytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(seconds) + Arrays.hashCode(timesteps)) + Arrays.hashCode(activationBytes);
    }

    @Override
    public String toString() {
        return "BatchCosts[" + seconds.length + " batches]";
    }
}
