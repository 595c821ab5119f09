package lstmbench.kernel;

import java.util.function.DoubleSupplier;

/**
 * Central finite differences against analytic gradients:
 *
 * <pre>
 * numeric_i = (L(w + eps e_i) - L(w - eps e_i)) / (2 eps)
 * </pre>
 *
 * <p>The kernel trains in float32, so the loss is evaluated in float32 arithmetic (summed in
 * double); eps = 1e-2 keeps the rounding noise (about 1e-7 |L| / eps) far below the tolerance
 * while the truncation error (O(eps^2)) stays small. An entry fails when
 *
 * <pre>
 * |analytic - numeric| &gt; rtol * max(|analytic|, |numeric|) + atol.
 * </pre>
 */
final class GradientChecker {
    static final double EPS = 1e-2;
    static final double RTOL = 2e-2;
    static final double ATOL = 3e-5;

    /** The worst entry of one checked tensor. */
    record Result(String name, int worstIndex, double analytic, double numeric, double excess) {
        boolean passed() {
            return excess <= 0;
        }

        @Override
        public String toString() {
            return name + "[" + worstIndex + "]: analytic " + analytic + " numeric " + numeric;
        }
    }

    private GradientChecker() {}

    /**
     * Checks every entry of {@code tensor} (perturbed in place, restored afterwards) against
     * {@code analytic}; {@code loss} recomputes the loss from the current values.
     */
    static Result check(String name, FloatArray tensor, float[] analytic, DoubleSupplier loss) {
        if (analytic.length != tensor.length()) {
            throw new IllegalArgumentException(
                    name + ": " + analytic.length + " gradients for " + tensor.length() + " values");
        }
        Result worst = new Result(name, -1, 0, 0, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < tensor.length(); i++) {
            float orig = tensor.get(i);
            tensor.set(i, (float) (orig + EPS));
            double plus = loss.getAsDouble();
            tensor.set(i, (float) (orig - EPS));
            double minus = loss.getAsDouble();
            tensor.set(i, orig);
            double numeric = (plus - minus) / (2 * EPS);
            double a = analytic[i];
            double excess = Math.abs(a - numeric) - (RTOL * Math.max(Math.abs(a), Math.abs(numeric)) + ATOL);
            if (excess > worst.excess()) {
                worst = new Result(name, i, a, numeric, excess);
            }
        }
        return worst;
    }
}
