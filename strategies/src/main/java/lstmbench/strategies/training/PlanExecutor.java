package lstmbench.strategies.training;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Optional;
import lstmbench.kernel.Chunk;
import lstmbench.kernel.GradientClipping;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.kernel.Network;
import lstmbench.kernel.Optimizer;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.EpochPlan;
import lstmbench.strategies.plan.StateSource;

/**
 * Runs an epoch plan with the kernel: the one training loop every strategy shares. Per batch:
 *
 * <pre>
 * 1. fill inputs x[s + t], targets x[s + t + 1] and the mask of the loss steps from the series
 *    (a loss step whose target a missing-value policy filled in gets mask 0: it builds state but
 *    is not learned from);
 * 2. initial state: zeros, or the carry buffer (CarryFrom);
 * 3. forward; if the next batch carries state from step j, copy the state after step j
 *    (LstmCache.copyStateAfterStep) into the carry buffer;
 * 4. if the batch scores any step (after the filled-in targets are masked): zero the gradients,
 *    backward with dFinal = 0 (the gradient is cut at every batch boundary), clip by global norm,
 *    one optimiser step.
 * </pre>
 *
 * <p>A gradient that should reach further back than one batch boundary is planned, not carried:
 * the batch re-reads the earlier steps and scores only its new ones (stateful-full-graph). Each
 * batch's seconds, timesteps and activation bytes are recorded (BatchCosts).
 *
 * <p>Stops at the first non-finite loss, gradient norm or weight. Only ever sees the training
 * series. With an Allowance (what the run's budget has left) a batch starts only while the epoch
 * has made fewer updates, run fewer timesteps and spent less training time than allowed; the epoch
 * then ends early (EpochOutcome.complete = false).
 */
public final class PlanExecutor {

    /**
     * What an epoch measured; divergence is the batch index and cause of the first non-finite
     * value; complete is whether every batch of the plan ran; batchCosts what each batch that ran
     * cost.
     */
    public record EpochOutcome(
            double trainLoss,
            long timesteps,
            int optimizerSteps,
            double meanGradientNorm,
            double maxGradientNorm,
            boolean complete,
            Optional<Divergence> divergence,
            BatchCosts batchCosts) {}

    /** What one epoch may spend at most: updates, timesteps and training nanoseconds (Long.MAX_VALUE: no limit). */
    public record Allowance(long updates, long timesteps, long nanos) {
        public static final Allowance UNLIMITED = new Allowance(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

        public Allowance {
            if (updates < 0 || timesteps < 0 || nanos < 0) {
                throw new IllegalArgumentException("an allowance cannot be negative, got " + updates + " updates, "
                        + timesteps + " timesteps, " + nanos + " ns");
            }
        }
    }

    public record Divergence(int batch, TrainingOutcome.DivergenceCause cause) {}

    private final float[] series;
    private final boolean[] filled;
    private final BatchBuffers buffers;
    private final ModelParams grads;

    /** @param series the scaled training series, the only values batches are built from; nothing filled in */
    public PlanExecutor(ModelDims dims, float[] series) {
        this(dims, series, new boolean[series.length]);
    }

    /**
     * @param series the scaled training series, the only values batches are built from
     * @param filled filled[i]: series[i] was filled in by a missing-value policy, so no loss step
     *               has it as its target (same length as the series)
     */
    public PlanExecutor(ModelDims dims, float[] series, boolean[] filled) {
        if (filled.length != series.length) {
            throw new IllegalArgumentException(
                    "the filled-in mask has " + filled.length + " entries for a series of " + series.length);
        }
        if (dims.inputSize() != 1 || dims.outputSize() != 1) {
            throw new IllegalArgumentException(
                    "forecasting a univariate series needs input and output size 1, got " + dims);
        }
        this.series = series.clone();
        this.filled = filled.clone();
        this.buffers = new BatchBuffers(dims);
        this.grads = ModelParams.zeros(dims);
    }

    public EpochOutcome runEpoch(EpochPlan plan, ModelParams p, Optimizer optimizer, double clipNorm) {
        return runEpoch(plan, p, optimizer, clipNorm, Allowance.UNLIMITED);
    }

    /** Runs the plan's batches in order while the allowance lasts (checked before every batch). */
    public EpochOutcome runEpoch(
            EpochPlan plan, ModelParams p, Optimizer optimizer, double clipNorm, Allowance allowance) {
        plan.requireWithin(series.length);
        long start = System.nanoTime();
        double lossSum = 0, normSum = 0, normMax = 0;
        long scored = 0, timesteps = 0;
        int steps = 0;
        var batches = plan.batches();
        double[] batchSeconds = new double[batches.size()];
        long[] batchTimesteps = new long[batches.size()];
        long[] batchBytes = new long[batches.size()];
        int k = 0;
        for (; k < batches.size(); k++) {
            if (steps >= allowance.updates()
                    || timesteps >= allowance.timesteps()
                    || (allowance.nanos() != Long.MAX_VALUE && System.nanoTime() - start >= allowance.nanos())) {
                break;
            }
            long batchStart = System.nanoTime();
            BatchSpec b = batches.get(k);
            BatchBuffers.Slot slot = buffers.slot(b.rows(), b.length());
            batchTimesteps[k] = b.timesteps();
            batchBytes[k] = slot.workspace().bytes();
            int lossSteps = fill(slot.chunk(), b);
            LstmState s0 =
                    b.state() instanceof StateSource.CarryFrom ? buffers.carry(b.rows()) : buffers.zero(b.rows());
            double loss = Network.forward(p, slot.chunk(), s0, slot.workspace());
            timesteps += b.timesteps();
            if (k + 1 < batches.size() && batches.get(k + 1).state() instanceof StateSource.CarryFrom c) {
                slot.workspace().lstmCache().copyStateAfterStep(c.step(), buffers.carry(b.rows()));
            }
            if (lossSteps == 0) {
                batchSeconds[k] = (System.nanoTime() - batchStart) / 1e9;
                continue;
            }
            if (!Double.isFinite(loss)) {
                return diverged(k, TrainingOutcome.DivergenceCause.LOSS, timesteps, steps);
            }
            grads.fill(0f);
            Network.backward(p, slot.chunk(), buffers.zero(b.rows()), slot.workspace(), grads);
            double norm = GradientClipping.clipGlobalNorm(grads, clipNorm);
            if (!Double.isFinite(norm)) {
                return diverged(k, TrainingOutcome.DivergenceCause.GRADIENT, timesteps, steps);
            }
            optimizer.step(p, grads);
            steps++;
            if (!p.allFinite()) {
                return diverged(k, TrainingOutcome.DivergenceCause.PARAMETERS, timesteps, steps);
            }
            lossSum += loss * lossSteps;
            scored += lossSteps;
            normSum += norm;
            normMax = Math.max(normMax, norm);
            batchSeconds[k] = (System.nanoTime() - batchStart) / 1e9;
        }
        BatchCosts costs = new BatchCosts(
                Arrays.copyOf(batchSeconds, k), Arrays.copyOf(batchTimesteps, k), Arrays.copyOf(batchBytes, k));
        return new EpochOutcome(
                scored == 0 ? 0 : lossSum / scored,
                timesteps,
                steps,
                steps == 0 ? 0 : normSum / steps,
                normMax,
                k == batches.size(),
                Optional.empty(),
                costs);
    }

    /**
     * The batch's loss and its weight gradients (written into {@code gradsOut}, zeroed first) from
     * initial state {@code s0}, with the gradient cut at its end: one step of the loop above
     * without the update, for tests and probes.
     */
    public double lossAndGradients(ModelParams p, BatchSpec b, LstmState s0, ModelParams gradsOut) {
        BatchBuffers.Slot slot = buffers.slot(b.rows(), b.length());
        fill(slot.chunk(), b);
        double loss = Network.forward(p, slot.chunk(), s0, slot.workspace());
        gradsOut.fill(0f);
        Network.backward(p, slot.chunk(), buffers.zero(b.rows()), slot.workspace(), gradsOut);
        return loss;
    }

    /**
     * Copies into {@code dest} the state, row by row, after step {@code step} of the batch run
     * forward from {@code s0}: what a following batch would carry, for tests and probes.
     */
    public void stateAfter(ModelParams p, BatchSpec b, LstmState s0, int step, LstmState dest) {
        BatchBuffers.Slot slot = buffers.slot(b.rows(), b.length());
        fill(slot.chunk(), b);
        Network.forward(p, slot.chunk(), s0, slot.workspace());
        slot.workspace().lstmCache().copyStateAfterStep(step, dest);
    }

    /** Largest activation cache (kernel workspace bytes) of the shapes run so far. */
    public long largestWorkspaceBytes() {
        return buffers.largestWorkspaceBytes();
    }

    private static EpochOutcome diverged(int batch, TrainingOutcome.DivergenceCause cause, long timesteps, int steps) {
        return new EpochOutcome(
                Double.NaN,
                timesteps,
                steps,
                Double.NaN,
                Double.NaN,
                false,
                Optional.of(new Divergence(batch, cause)),
                BatchCosts.NONE);
    }

    /**
     * inputs[r, t] = x[s_r + t], targets[r, t] = x[s_r + t + 1], mask[r, t] = 1 on the loss steps
     * whose target was not filled in; returns how many steps the mask counts.
     */
    int fill(Chunk chunk, BatchSpec b) {
        FloatBuffer in = chunk.inputs().buffer(),
                target = chunk.targets().buffer(),
                mask = chunk.mask().buffer();
        int T = b.length(), counted = 0;
        for (int r = 0; r < b.rows(); r++) {
            int s = b.rowStart(r);
            in.put(r * T, series, s, T);
            target.put(r * T, series, s + 1, T);
            for (int t = 0; t < T; t++) {
                boolean scored = b.loss().contains(t) && !filled[s + t + 1];
                mask.put(r * T + t, scored ? 1f : 0f);
                counted += scored ? 1 : 0;
            }
        }
        return counted;
    }
}
