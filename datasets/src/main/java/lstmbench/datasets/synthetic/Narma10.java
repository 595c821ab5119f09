package lstmbench.datasets.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;
import lstmbench.datasets.specstring.SpecParameters;

/**
 * Stabilised NARMA-10 output series. Memory demand: 10 steps.
 *
 * <p>NARMA-10, the tenth-order nonlinear autoregressive moving-average system, in a stabilised
 * form:
 *
 * <pre>
 * y_{t+1} = tanh( 0.3 y_t + 0.05 y_t sum_{i=0}^{9} y_{t-i} + 1.5 u_{t-9} u_t + 0.1 ),
 * u_t ~ U[0, inputMax] i.i.d. (inputMax = 0.5 by default).
 * </pre>
 *
 * <p>Source: Atiya &amp; Parlos (2000), "New results on recurrent network training", IEEE Trans.
 * Neural Networks 11(3), without the tanh. With inputs in [0, 0.5] the original system still
 * diverges for some input draws; wrapping the right-hand side in tanh (a common stabilisation in
 * the reservoir-computing literature) bounds it: every term is non-negative, so y lies in
 * [tanh(0.1), 1) for every input history.
 *
 * <p>The series returned is y; the inputs u are not part of it (they are available through
 * generateWithInputs for tests). Values before t = 0 are 0 and the first WASHOUT steps are
 * discarded. Memory: y_{t+1} depends on y_{t-9..t} and u_{t-9}: 10 steps.
 *
 * @param inputMax the inputs are uniform on [0, inputMax] (0 &lt; inputMax &lt;= 0.5)
 */
public record Narma10(double inputMax) implements SyntheticProcess {

    /** The order of the system: how many past outputs and how old an input enter each step. */
    public static final int ORDER = 10;
    /** Steps discarded at the start. */
    public static final int WASHOUT = 200;

    public Narma10 {
        Generator.NARMA10.require(inputMax > 0 && inputMax <= 0.5, "input-max", "in (0, 0.5]", inputMax);
    }

    /** The inputs u and outputs y of one run, aligned: {@code output[t]} is y_t. */
    public record InputOutput(double[] input, double[] output) {
        public InputOutput {
            input = input.clone();
            output = output.clone();
        }

        @Override
        public double[] input() {
            return input.clone();
        }

        @Override
        public double[] output() {
            return output.clone();
        }
    }

    @Override
    public Generator generator() {
        return Generator.NARMA10;
    }

    @Override
    public double[] generate(int length, long seed) {
        return generateWithInputs(length, seed).output;
    }

    /** The series with the inputs that drove it (including the washout's, which are discarded). */
    public InputOutput generateWithInputs(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int total = WASHOUT + length;
        double[] u = new double[total];
        double[] y = new double[total];
        for (int t = 0; t < total; t++) {
            u[t] = inputMax * random.nextDouble();
        }
        for (int t = 0; t + 1 < total; t++) {
            double sum = 0;
            for (int i = 0; i < ORDER && t - i >= 0; i++) {
                sum += y[t - i];
            }
            double oldInput = t - (ORDER - 1) >= 0 ? u[t - (ORDER - 1)] : 0;
            y[t + 1] = Math.tanh(0.3 * y[t] + 0.05 * y[t] * sum + 1.5 * oldInput * u[t] + 0.1);
        }
        return new InputOutput(Arrays.copyOfRange(u, WASHOUT, total), Arrays.copyOfRange(y, WASHOUT, total));
    }

    @Override
    public MemoryDemand memoryDemand() {
        return new MemoryDemand(ORDER, "y_{t+1} depends on y_{t-9..t} and the input u_{t-9}: 10 steps");
    }

    @Override
    public String parameterText() {
        return "input-max=" + SpecParameters.format(inputMax);
    }
}
