package lstmbench.kernel;

/**
 * The element-wise activations a head layer may apply, each with its derivative written in terms
 * of the activation's own output a = act(z), so backward needs only the stored output:
 *
 * <pre>
 * identity: a = z          da/dz = 1
 * tanh:     a = tanh(z)    da/dz = 1 - a^2
 * relu:     a = max(0, z)  da/dz = 1 if a &gt; 0, else 0 (the subgradient 0 at z = 0)
 * </pre>
 */
public enum Activation {
    IDENTITY("identity"),
    TANH("tanh"),
    RELU("relu");

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    /** The name configuration files use: identity, tanh or relu. */
    public String label() {
        return label;
    }

    /** The activation called {@code label} (identity, tanh, relu). */
    public static Activation byLabel(String label) {
        for (Activation a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + label + "': expected identity, tanh or relu");
    }

    /** a = act(z). */
    public float apply(float z) {
        return switch (this) {
            case IDENTITY -> z;
            case TANH -> (float) Math.tanh(z);
            case RELU -> z > 0f ? z : 0f;
        };
    }

    /** da/dz from the output a = act(z). */
    public float derivativeFromOutput(float a) {
        return switch (this) {
            case IDENTITY -> 1f;
            case TANH -> 1f - a * a;
            case RELU -> a > 0f ? 1f : 0f;
        };
    }

    /** Applies the activation to every element of {@code a} in place. */
    void applyInPlace(FloatArray a) {
        if (this == IDENTITY) {
            return;
        }
        var buf = a.buffer();
        for (int i = 0, n = a.length(); i < n; i++) {
            buf.put(i, apply(buf.get(i)));
        }
    }

    /** grad[i] *= da/dz at output[i], in place: the gradient through the activation. */
    void backwardInPlace(FloatArray output, FloatArray grad) {
        if (this == IDENTITY) {
            return;
        }
        var out = output.buffer();
        var g = grad.buffer();
        for (int i = 0, n = grad.length(); i < n; i++) {
            g.put(i, g.get(i) * derivativeFromOutput(out.get(i)));
        }
    }
}
