package lstmbench.strategies.training;

import java.util.Objects;
import lstmbench.kernel.HeadShape;
import lstmbench.kernel.ModelDims;

/**
 * Everything a run fixes besides the strategy and the data, the same for every strategy of an
 * experiment: model size and head (HeadShape.DENSE unless stated), optimiser and learning rate, global-norm clipping threshold
 * (Double.POSITIVE_INFINITY for none; the norm is recorded either way), the training budget,
 * early-stopping patience (stop after {@code patience} epochs in a row without a new best
 * validation loss; 0 = never stop early), and the seed that drives the weight initialisation and
 * every per-epoch draw of the strategy.
 */
public record TrainingConfig(
        int hiddenSize,
        OptimizerChoice optimizer,
        double learningRate,
        double clipNorm,
        Budget budget,
        int patience,
        long seed,
        HeadShape head) {

    public TrainingConfig {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(head, "head");
        if (hiddenSize < 1) {
            throw new IllegalArgumentException("hidden size must be >= 1, got " + hiddenSize);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0 (0: no early stopping), got " + patience);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (!(clipNorm > 0)) {
            throw new IllegalArgumentException("clipping norm must be > 0 (infinity for none), got " + clipNorm);
        }
    }

    /** The default dense head. */
    public TrainingConfig(
            int hiddenSize,
            OptimizerChoice optimizer,
            double learningRate,
            double clipNorm,
            Budget budget,
            int patience,
            long seed) {
        this(hiddenSize, optimizer, learningRate, clipNorm, budget, patience, seed, HeadShape.DENSE);
    }

    /** A budget of whole epochs, no early stopping and the default dense head. */
    public TrainingConfig(
            int hiddenSize, OptimizerChoice optimizer, double learningRate, double clipNorm, int epochs, long seed) {
        this(hiddenSize, optimizer, learningRate, clipNorm, new Budget.Epochs(epochs), 0, seed);
    }

    /** H = 32, Adam at 1e-3, clip at 1, 10 epochs, no early stopping, seed 1. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(32, new OptimizerChoice.AdamChoice(), 1e-3, 1.0, 10, 1);
    }

    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(hiddenSize, optimizer, lr, clipNorm, budget, patience, seed, head);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(hiddenSize, optimizer, learningRate, clipNorm, budget, patience, s, head);
    }

    public TrainingConfig withEpochs(int e) {
        return withBudget(new Budget.Epochs(e));
    }

    public TrainingConfig withBudget(Budget b) {
        return new TrainingConfig(hiddenSize, optimizer, learningRate, clipNorm, b, patience, seed, head);
    }

    public TrainingConfig withPatience(int p) {
        return new TrainingConfig(hiddenSize, optimizer, learningRate, clipNorm, budget, p, seed, head);
    }

    public TrainingConfig withHead(HeadShape h) {
        return new TrainingConfig(hiddenSize, optimizer, learningRate, clipNorm, budget, patience, seed, h);
    }

    /** Univariate next-step forecasting: input 1, output 1, with this config's head. */
    public ModelDims dims() {
        return new ModelDims(1, hiddenSize, 1, head);
    }
}
