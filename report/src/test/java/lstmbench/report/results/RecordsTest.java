package lstmbench.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import lstmbench.report.ResultsFixture;
import org.junit.jupiter.api.Test;

/**
 * The invariants the result records enforce, so bad rows are refused where they are made.
 */
class RecordsTest {
    private static final RunSetup SETUP =
            new RunSetup("e", "csv:data/My File.csv?column=temp", "stateful-tbptt", "T=48, B=8", 3, 0.01);
    private static final RecordedErrors ERRORS = new RecordedErrors(1, 1, 1, 1, 1);

    @Test
    void composedRunIdsAreSafeAndDeterministic() {
        assertEquals(
                "csv-data-my-file.csv-column=temp__stateful-tbptt__t=48-b=8__lr0.01__seed3",
                SETUP.runId().value());
        assertEquals(SETUP.runId(), SETUP.runId());
    }

    @Test
    void runIdsWithUnsafeCharactersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RunId("a,b"));
        assertThrows(IllegalArgumentException.class, () -> new RunId(""));
    }

    @Test
    void testMetricsBelongOnlyToOkRunsChosenForTesting() {
        Optional<TestMetrics> test = Optional.of(new TestMetrics(ERRORS, ERRORS, ERRORS));
        EpochCost cost = new EpochCost(1, 1, 1);

        assertThrows(
                IllegalArgumentException.class,
                () -> new RunRecord(
                        SETUP.runId(),
                        SETUP,
                        false,
                        RunStatus.OK,
                        1,
                        "",
                        1,
                        1,
                        test,
                        OptionalInt.empty(),
                        cost,
                        ResultsFixture.unchosenProtocol()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RunRecord(
                        SETUP.runId(),
                        SETUP,
                        true,
                        RunStatus.DIVERGED,
                        1,
                        "",
                        1,
                        1,
                        test,
                        OptionalInt.empty(),
                        cost,
                        ResultsFixture.unchosenProtocol()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RunRecord(
                        SETUP.runId(),
                        SETUP,
                        true,
                        RunStatus.PENDING,
                        1,
                        "",
                        1,
                        1,
                        Optional.empty(),
                        OptionalInt.empty(),
                        cost,
                        ResultsFixture.unchosenProtocol()));
    }

    @Test
    void resetPenaltyIsWindowedOverStreamingMse() {
        TestMetrics test =
                new TestMetrics(new RecordedErrors(2, 1, 1, 1, 1), new RecordedErrors(3, 1, 1, 1, 1), ERRORS);

        assertEquals(1.5, test.resetPenalty(), 1e-12);
    }

    @Test
    void parametersAreReadBackByName() {
        assertEquals(48.0, ParameterText.number("T=48, B=8", "T").orElseThrow());
        assertTrue(ParameterText.number("T=48, B=8", "W").isEmpty());
        assertEquals(
                "chunked-reset",
                ParameterText.text("strategy=chunked-reset, n=10", "strategy").orElseThrow());
    }

    @Test
    void thisMachinesEnvironmentNamesJvmOsAndProcessors() {
        Environment env = Environment.ofThisMachine("nd4j-native", "OpenBLAS", "OMP_NUM_THREADS=1");

        assertTrue(env.jvm().contains(System.getProperty("java.version").split("\\.")[0]), env.jvm());
        assertTrue(env.availableProcessors() > 0);
        assertTrue(!env.cpuModel().isBlank());
    }
}
