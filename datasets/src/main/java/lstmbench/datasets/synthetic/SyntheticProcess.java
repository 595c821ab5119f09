package lstmbench.datasets.synthetic;

/**
 * A synthetic stochastic (or chaotic) process that can be sampled deterministically by seed.
 *
 * <p>A seeded synthetic series generator with typed parameters. Each implementation is a record of
 * its parameters; its javadoc gives the equation, the source and the memory it demands.
 */
public sealed interface SyntheticProcess
        permits SineMixture, AutoRegressive, SeasonalAr, MackeyGlass, Narma10, RandomWalk {

    /** The generator this process belongs to. */
    Generator generator();

    /** {@code length} values; the same seed always gives the same values. */
    double[] generate(int length, long seed);

    /** How far back a forecaster must see to reach this process's best one-step error. */
    MemoryDemand memoryDemand();

    /** The parameters in specification-string form, e.g. {@code lag=64&phi=0.9&sigma=1}. */
    String parameterText();
}
