package lstmbench.harness.bench;

/**
 * Floating-point operations of the matrix products in one LSTM chunk, the numerator of every
 * "achieved GFLOP/s" the benchmarks report. A product [m, k] x [k, n] costs 2*m*k*n FLOPs (one
 * multiply and one add per term). Only the gate matrix products are counted; the element-wise gate
 * math, the dense head and the loss are left out, so the figure is comparable with a plain gemm.
 *
 * <p>For a chunk of B streams, T steps, input size I and hidden size H (4H gate columns), per step:
 *
 * <pre>
 * forward   recurrent  h_{t-1}[B, H] Wh[H, 4H]       2*B*H*4H
 *           input      x_t[B, I] Wx[I, 4H]           2*B*I*4H
 * backward  dh_{t-1} = dz_t[B, 4H] Wh^T[4H, H]       2*B*4H*H
 *           dWh += h_{t-1}^T[H, B] dz_t[B, 4H]       2*H*B*4H
 *           dWx += x_t^T[I, B] dz_t[B, 4H]           2*I*B*4H
 *           dx_t = dz_t[B, 4H] Wx^T[4H, I]           2*B*4H*I
 * </pre>
 *
 * <p>The kernel makes the input, dWh, dWx and dx products once over the whole chunk (T*B rows)
 * rather than per step; the count is the same. Summed over T steps:
 *
 * <pre>
 * forward  = 8*B*H*T*(H + I)
 * backward = 16*B*H*T*(H + I)
 * total    = 24*B*H*T*(H + I)
 * </pre>
 */
public final class LstmFlops {
    private LstmFlops() {}

    /** FLOPs of the forward gate products of one chunk: T * (2*B*H*4H + 2*B*I*4H). */
    public static double forward(int hidden, int batch, int time, int input) {
        double b = batch, h = hidden, i = input, g = 4.0 * hidden;
        return time * (2 * b * h * g + 2 * b * i * g);
    }

    /** FLOPs of the backward products of one chunk: T * (2*B*4H*H + 2*H*B*4H + 2*I*B*4H + 2*B*4H*I). */
    public static double backward(int hidden, int batch, int time, int input) {
        double b = batch, h = hidden, i = input, g = 4.0 * hidden;
        return time * (2 * b * g * h + 2 * h * b * g + 2 * i * b * g + 2 * b * g * i);
    }

    /** Forward plus backward: 24*B*H*T*(H + I). */
    public static double forwardBackward(int hidden, int batch, int time, int input) {
        return forward(hidden, batch, time, input) + backward(hidden, batch, time, input);
    }

    /** One recurrent product h[B, H] x Wh[H, 4H]: 2*B*H*4H, the shape of the gemm ceiling. */
    public static double recurrentProduct(int hidden, int batch) {
        return 2.0 * batch * hidden * 4.0 * hidden;
    }
}
