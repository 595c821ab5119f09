// What a throughput.csv row measured: the fixed vocabulary of its subject column.
package lstmbench.report.results;

/** The code a benchmark exercised. */
public enum BenchmarkSubject {
    /** This project's LSTM kernel, forward and backward over one chunk. */
    KERNEL,
    /** deeplearning4j's LSTM layer on the same shapes (the peer). */
    DL4J_LSTM,
    /** A plain ND4J gemm of the recurrent product's shape (the machine's ceiling). */
    GEMM,
    /** One training epoch of a strategy. */
    STRATEGY_EPOCH
}
