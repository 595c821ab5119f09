package lstmbench.datasets.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;
import lstmbench.datasets.specstring.SpecParameters;

/**
 * Mackey-Glass series. Memory demand: {@code ceil(tau / sample)} steps (17 by default).
 *
 * <p>Mackey-Glass delay differential equation, the standard chaotic benchmark:
 *
 * <pre>
 * dx/dt = beta x(t - tau) / (1 + x(t - tau)^n) - gamma x(t),
 * beta = 0.2, gamma = 0.1, n = 10, tau = 17 (chaotic for tau &gt; 16.8).
 * </pre>
 *
 * <p>Source: Mackey &amp; Glass (1977), "Oscillation and chaos in physiological control systems",
 * Science 197; the tau = 17 benchmark of Lapedes &amp; Farber (1987) and Jaeger &amp; Haas (2004),
 * "Harnessing nonlinearity", Science 304 (the latter samples the solution once per time unit).
 *
 * <p>Integration: classical fourth-order Runge-Kutta with step h (default 0.1, so tau / h = 170
 * grid points of delay); the delayed value at the half step is the mean of its two neighbouring
 * grid values. History: x(t) = x0 for t in [-tau, 0], x0 drawn from U[1.1, 1.3) by the seed (the
 * literature uses 1.2), so seeds give different trajectories on the same attractor. The first
 * WASHOUT time units are discarded, then the solution is sampled every {@code sample} time units
 * (default 1, as in Jaeger &amp; Haas; Lapedes &amp; Farber's embedding uses a spacing of 6). On
 * the attractor x stays roughly within [0.4, 1.35].
 *
 * <p>Memory: the dynamics at t depend on x(t - tau): about tau / sample steps (17 by default); the
 * delay-embedding forecasters of the literature use x(t), x(t-6), x(t-12), x(t-18), i.e. a window
 * of about 18 time units.
 *
 * @param tau the delay in time units (> 0, a multiple of {@code step})
 * @param sample time units between returned samples (a multiple of {@code step})
 * @param step the Runge-Kutta integration step in time units (> 0)
 */
public record MackeyGlass(double tau, double sample, double step) implements SyntheticProcess {

    public static final double BETA = 0.2;
    public static final double GAMMA = 0.1;
    public static final double EXPONENT = 10;
    /** Time units integrated and discarded before the first returned sample. */
    public static final double WASHOUT = 1000;

    public MackeyGlass {
        Generator.MACKEY_GLASS.require(step > 0, "step", "> 0", step);
        Generator.MACKEY_GLASS.require(
                tau > 0 && isMultiple(tau, step), "tau", "> 0 and a whole multiple of step " + step, tau);
        Generator.MACKEY_GLASS.require(
                sample > 0 && isMultiple(sample, step), "sample", "> 0 and a whole multiple of step " + step, sample);
    }

    private static boolean isMultiple(double value, double unit) {
        double ratio = value / unit;
        return Math.abs(ratio - Math.rint(ratio)) < 1e-6;
    }

    private static double derivative(double x, double delayed) {
        return BETA * delayed / (1 + Math.pow(delayed, EXPONENT)) - GAMMA * x;
    }

    @Override
    public Generator generator() {
        return Generator.MACKEY_GLASS;
    }

    @Override
    public double[] generate(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double x0 = 1.1 + 0.2 * random.nextDouble();
        int delay = (int) Math.rint(tau / step);
        int stride = (int) Math.rint(sample / step);
        int washout = (int) Math.ceil(WASHOUT / step);
        int steps = washout + (length - 1) * stride + 1;
        double[] x = new double[delay + steps];
        Arrays.fill(x, 0, delay + 1, x0);
        for (int i = delay; i < x.length - 1; i++) {
            double delayedNow = x[i - delay];
            double delayedNext = x[i - delay + 1];
            double delayedMid = 0.5 * (delayedNow + delayedNext);
            double k1 = derivative(x[i], delayedNow);
            double k2 = derivative(x[i] + 0.5 * step * k1, delayedMid);
            double k3 = derivative(x[i] + 0.5 * step * k2, delayedMid);
            double k4 = derivative(x[i] + step * k3, delayedNext);
            x[i + 1] = x[i] + step / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        double[] out = new double[length];
        for (int t = 0; t < length; t++) {
            out[t] = x[delay + washout + t * stride];
        }
        return out;
    }

    @Override
    public MemoryDemand memoryDemand() {
        int steps = (int) Math.ceil(tau / sample - 1e-9);
        return new MemoryDemand(
                steps,
                "the dynamics at t depend on x(t - " + SpecParameters.format(tau) + "), i.e. " + steps
                        + " samples back; delay-embedding forecasters use about 18 time units");
    }

    @Override
    public String parameterText() {
        return "tau=" + SpecParameters.format(tau) + "&sample=" + SpecParameters.format(sample) + "&step="
                + SpecParameters.format(step);
    }
}
