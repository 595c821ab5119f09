package lstmbench.harness.bench;

import java.util.ArrayList;
import java.util.List;
import lstmbench.report.results.BenchmarkSubject;
import lstmbench.report.results.ThroughputMetric;
import lstmbench.report.results.ThroughputRecord;

/**
 * The suite's members for the kernel comparison (KernelComparison), and the throughput rows each one writes:
 *
 * <pre>
 * KERNEL     KernelForwardBackward       s/op, timesteps/s (B x T per chunk, every batch row counted), GFLOP/s, B/op
 * DL4J_LSTM  Dl4jLstmForwardBackward     the same four, so the report can take ratios
 * GEMM       GemmCeiling.nd4jGemm        s/op, GFLOP/s of the recurrent product, B/op
 * BLAS_GEMM  GemmCeiling.cblasSgemm      the same three for the direct cblas_sgemm the kernel makes
 * </pre>
 *
 * <p>GFLOP/s count LstmFlops.forwardBackward(H, B, T, I) per chunk for both LSTMs and
 * LstmFlops.recurrentProduct(H, B) per gemm. Derived rates are computed iteration by iteration from
 * the time per op, then averaged, so their errors are JMH-style intervals of the rates. Parameters
 * are written "H=.., B=.., T=.., I=.." (gemm: "H=.., B=..") per the report's ParameterText.
 */
public final class CoreBenchmarks {
    public static final String SECONDS_PER_OP = "s/op";
    /** Timesteps processed per second, counting every batch row (the one unit of that rate). */
    public static final String TIMESTEPS_PER_SECOND = "timesteps/s";

    public static final String GFLOPS = "GFLOP/s";
    public static final String BYTES_PER_OP = "B/op";

    /** The hand-written kernel. */
    public static final SuiteBenchmark KERNEL = new LstmPass(KernelForwardBackward.class, BenchmarkSubject.KERNEL);
    /** deeplearning4j's LSTM layer, the peer. */
    public static final SuiteBenchmark DL4J = new LstmPass(Dl4jLstmForwardBackward.class, BenchmarkSubject.DL4J_LSTM);
    /** The gemm ceilings of the recurrent product's shape: ND4J's call and the direct cblas_sgemm. */
    public static final SuiteBenchmark GEMM = new Gemm();

    /** Kernel, peer and ceiling: the members BenchmarkSuite.run runs by default. */
    public static final List<SuiteBenchmark> ALL = List.of(KERNEL, DL4J, GEMM);

    /** The method of GemmCeiling whose results are the GEMM subject's rows. */
    static final String CEILING_METHOD = "nd4jGemm";
    /** The method of GemmCeiling whose results are the BLAS_GEMM subject's rows. */
    static final String BLAS_METHOD = "cblasSgemm";

    private CoreBenchmarks() {}

    /** A forward+backward of one LSTM chunk at shape H, B, T, I. */
    record LstmPass(Class<?> benchmarkClass, BenchmarkSubject subject) implements SuiteBenchmark {
        @Override
        public List<ThroughputRecord> rows(Measurement m) {
            int h = m.intParam("H"), b = m.intParam("B"), t = m.intParam("T"), i = m.intParam("I");
            String params = "H=" + h + ", B=" + b + ", T=" + t + ", I=" + i;
            List<ThroughputRecord> rows = new ArrayList<>();
            rows.add(row(m, subject, ThroughputMetric.SECONDS_PER_OP, params, m.time(), SECONDS_PER_OP));
            rows.add(row(
                    m,
                    subject,
                    ThroughputMetric.TIMESTEPS_PER_SECOND,
                    params,
                    m.rate((double) t * b),
                    TIMESTEPS_PER_SECOND));
            rows.add(row(
                    m,
                    subject,
                    ThroughputMetric.GFLOPS,
                    params,
                    m.rate(LstmFlops.forwardBackward(h, b, t, i) / 1e9),
                    GFLOPS));
            m.allocation()
                    .ifPresent(a ->
                            rows.add(row(m, subject, ThroughputMetric.ALLOC_BYTES_PER_OP, params, a, BYTES_PER_OP)));
            return rows;
        }
    }

    /** The recurrent product [B, H] x [H, 4H]: nd4jGemm is the report's GEMM subject, cblasSgemm its BLAS_GEMM. */
    record Gemm() implements SuiteBenchmark {
        @Override
        public Class<?> benchmarkClass() {
            return GemmCeiling.class;
        }

        @Override
        public List<ThroughputRecord> rows(Measurement m) {
            BenchmarkSubject subject = switch (m.method()) {
                case CEILING_METHOD -> BenchmarkSubject.GEMM;
                case BLAS_METHOD -> BenchmarkSubject.BLAS_GEMM;
                default -> throw new IllegalArgumentException("no throughput subject for " + m.benchmark());
            };
            int h = m.intParam("H"), b = m.intParam("B");
            String params = "H=" + h + ", B=" + b;
            List<ThroughputRecord> rows = new ArrayList<>();
            rows.add(row(m, subject, ThroughputMetric.SECONDS_PER_OP, params, m.time(), SECONDS_PER_OP));
            rows.add(row(
                    m,
                    subject,
                    ThroughputMetric.GFLOPS,
                    params,
                    m.rate(LstmFlops.recurrentProduct(h, b) / 1e9),
                    GFLOPS));
            m.allocation()
                    .ifPresent(a ->
                            rows.add(row(m, subject, ThroughputMetric.ALLOC_BYTES_PER_OP, params, a, BYTES_PER_OP)));
            return rows;
        }
    }

    static ThroughputRecord row(
            Measurement m,
            BenchmarkSubject subject,
            ThroughputMetric metric,
            String params,
            Estimate value,
            String unit) {
        return new ThroughputRecord(
                m.shortName(), subject, metric, params, value.mean(), value.error(), value.median(), unit);
    }
}
