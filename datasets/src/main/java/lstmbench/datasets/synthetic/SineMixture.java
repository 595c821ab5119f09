package lstmbench.datasets.synthetic;

import java.util.List;
import java.util.SplittableRandom;
import lstmbench.datasets.specstring.SpecParameters;

/**
 * Mixture of sinusoids with periods {@code P_k} and amplitudes {@code a_k}, plus white noise of
 * standard deviation {@code noise}. Memory demand: {@code 2K} steps.
 *
 * <p>Sine mixture plus Gaussian noise: the short-memory control.
 *
 * <pre>
 * x_t = sum_{k=1}^{K} a_k sin(2 pi t / P_k + phi_k) + sigma e_t,   e_t ~ N(0, 1) i.i.d.,
 * phases phi_k ~ U[0, 2 pi) drawn from the seed.
 * </pre>
 *
 * <p>Source: the standard toy series for sequence models: a deterministic signal (Fourier
 * components of known periods) plus observation noise, as in any time-series text's "signal plus
 * noise" model. Memory: a sum of K sinusoids satisfies an exact linear recurrence of order 2K (each
 * sinusoid of angular frequency w obeys s_t = 2 cos(w) s_{t-1} - s_{t-2}), so 2K past noiseless
 * values determine the next one; the noise floor is sigma^2 whatever the memory.
 *
 * @param periods the periods P_k in steps (each > 1)
 * @param amplitudes the amplitudes a_k, one per period
 * @param noise the noise standard deviation sigma (>= 0)
 */
public record SineMixture(List<Double> periods, List<Double> amplitudes, double noise) implements SyntheticProcess {

    public SineMixture {
        periods = List.copyOf(periods);
        amplitudes = List.copyOf(amplitudes);
        Generator.SINE_MIXTURE.require(!periods.isEmpty(), "periods", "at least one period", periods);
        Generator.SINE_MIXTURE.require(
                periods.size() == amplitudes.size(),
                "amplitudes",
                "one amplitude per period (" + periods.size() + ")",
                amplitudes);
        for (double period : periods) {
            Generator.SINE_MIXTURE.require(period > 1, "periods", "> 1 step each", periods);
        }
        Generator.SINE_MIXTURE.require(noise >= 0, "noise", ">= 0", noise);
    }

    @Override
    public Generator generator() {
        return Generator.SINE_MIXTURE;
    }

    @Override
    public double[] generate(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] phases = new double[periods.size()];
        for (int k = 0; k < phases.length; k++) {
            phases[k] = 2 * Math.PI * random.nextDouble();
        }
        double[] x = new double[length];
        for (int t = 0; t < length; t++) {
            double value = 0;
            for (int k = 0; k < phases.length; k++) {
                value += amplitudes.get(k) * Math.sin(2 * Math.PI * t / periods.get(k) + phases[k]);
            }
            x[t] = value + noise * random.nextGaussian();
        }
        return x;
    }

    @Override
    public MemoryDemand memoryDemand() {
        return new MemoryDemand(
                2 * periods.size(),
                "a sum of " + periods.size() + " sinusoid(s) obeys an exact linear recurrence of order "
                        + 2 * periods.size() + ", so that many past noiseless values determine the next");
    }

    @Override
    public String parameterText() {
        return "periods=" + SpecParameters.format(periods) + "&amplitudes=" + SpecParameters.format(amplitudes)
                + "&noise=" + SpecParameters.format(noise);
    }
}
