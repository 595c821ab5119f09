package lstmbench.report.results;

/**
 * What a throughput.csv row measured: the fixed vocabulary of its subject column.
 *
 * <p>The code a benchmark exercised.
 */
public enum BenchmarkSubject {
    /** This project's LSTM kernel, forward and backward over one chunk. */
    KERNEL,
    /** deeplearning4j's LSTM layer on the same shapes (the peer). */
    DL4J_LSTM,
    /** A plain ND4J gemm of the recurrent product's shape (the ceiling a user's ND4J call reaches). */
    GEMM,
    /**
     * A direct cblas_sgemm of the recurrent product's shape on the OpenBLAS nd4j-native ships: the
     * call the kernel makes per step, without ND4J's per-call overhead (the real ceiling).
     */
    BLAS_GEMM,
    /** One training epoch of a strategy. */
    STRATEGY_EPOCH
}
