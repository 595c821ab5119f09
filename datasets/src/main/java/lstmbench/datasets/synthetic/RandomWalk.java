package lstmbench.datasets.synthetic;

import java.util.SplittableRandom;
import lstmbench.datasets.specstring.SpecParameters;

/**
 * Random walk with optional drift. Memory demand: 1 step.
 *
 * <p>Gaussian random walk, the negative control: nothing beats persistence.
 *
 * <pre>
 * x_t = x_{t-1} + drift + sigma e_t,   e_t ~ N(0, 1) i.i.d.,   x_{-1} = 0.
 * </pre>
 *
 * <p>Source: e.g. Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed.,
 * sec. 9.1 (random walk model). The increments are independent, so E[x_t | past] = x_{t-1} + drift:
 * the persistence (naive) forecast plus the drift is optimal, with error sigma^2, and no longer
 * memory helps. Memory: 1 step.
 *
 * @param sigma the increment standard deviation (> 0)
 * @param drift the mean increment
 */
public record RandomWalk(double sigma, double drift) implements SyntheticProcess {

    public RandomWalk {
        Generator.RANDOM_WALK.require(sigma > 0, "sigma", "> 0", sigma);
    }

    @Override
    public Generator generator() {
        return Generator.RANDOM_WALK;
    }

    @Override
    public double[] generate(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[length];
        double previous = 0;
        for (int t = 0; t < length; t++) {
            previous += drift + sigma * random.nextGaussian();
            x[t] = previous;
        }
        return x;
    }

    @Override
    public MemoryDemand memoryDemand() {
        return new MemoryDemand(
                1,
                "increments are independent, so the last value (plus drift) is the optimal forecast;"
                        + " nothing beats persistence");
    }

    @Override
    public String parameterText() {
        return "sigma=" + SpecParameters.format(sigma) + "&drift=" + SpecParameters.format(drift);
    }
}
