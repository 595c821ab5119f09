package lstmbench.strategies.training;

import lstmbench.kernel.ModelDims;

/**
 * Everything a run fixes besides the strategy and the data, the same for every strategy of an
 * experiment: model size, optimiser and learning rate, global-norm clipping threshold
 * (Double.POSITIVE_INFINITY for none; the norm is recorded either way), epochs, and the seed that
 * drives the weight initialisation and every per-epoch draw of the strategy.
 */
public record TrainingConfig(int hiddenSize, OptimizerChoice optimizer, double learningRate, double clipNorm,
                             int epochs, long seed) {

    public TrainingConfig {
        if (hiddenSize < 1 || epochs < 1) {
            throw new IllegalArgumentException("hidden size and epochs must be >= 1, got " + hiddenSize + ", " + epochs);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (!(clipNorm > 0)) {
            throw new IllegalArgumentException("clipping norm must be > 0 (infinity for none), got " + clipNorm);
        }
    }

    /** H = 32, Adam at 1e-3, clip at 1, 10 epochs, seed 1. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(32, new OptimizerChoice.AdamChoice(), 1e-3, 1.0, 10, 1);
    }

    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(hiddenSize, optimizer, lr, clipNorm, epochs, seed);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(hiddenSize, optimizer, learningRate, clipNorm, epochs, s);
    }

    public TrainingConfig withEpochs(int e) {
        return new TrainingConfig(hiddenSize, optimizer, learningRate, clipNorm, e, seed);
    }

    /** Univariate next-step forecasting: input 1, output 1. */
    public ModelDims dims() {
        return new ModelDims(1, hiddenSize, 1);
    }
}
