package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import lstmbench.report.results.Shard;
import org.junit.jupiter.api.Test;

/** {@code --shard I/N | auto | auto/N}: the shard read from a Slurm job array or a Kubernetes Indexed Job. */
class ShardOptionTest {
    private static String refusal(String text, Map<String, String> env) {
        return assertThrows(BadInputException.class, () -> ShardOption.resolve(text, env))
                .getMessage();
    }

    @Test
    void anExplicitShardIsParsed() {
        assertEquals(new Shard(2, 5), ShardOption.resolve("2/5", Map.of()));
        assertTrue(refusal("5/5", Map.of()).contains("shard index must be in 0..4"));
        assertTrue(refusal("two/5", Map.of()).contains("expected INDEX/COUNT"));
    }

    @Test
    void aSlurmArrayGivesIndexAndCount() {
        assertEquals(
                new Shard(1, 3),
                ShardOption.resolve(
                        "auto",
                        Map.of(
                                "SLURM_ARRAY_TASK_ID",
                                "1",
                                "SLURM_ARRAY_TASK_COUNT",
                                "3",
                                "SLURM_ARRAY_TASK_MIN",
                                "0",
                                "SLURM_ARRAY_TASK_MAX",
                                "2")));
        assertEquals(
                new Shard(0, 4),
                ShardOption.resolve(
                        "auto",
                        Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_MAX", "4")),
                "an array from 1 is counted from its MIN");
        assertEquals(
                new Shard(3, 4),
                ShardOption.resolve("auto/4", Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_COUNT", "4")));
    }

    @Test
    void aSlurmArrayThatIsNotAContiguousRangeOrDisagreesIsRefused() {
        assertTrue(refusal(
                        "auto",
                        Map.of(
                                "SLURM_ARRAY_TASK_ID",
                                "2",
                                "SLURM_ARRAY_TASK_COUNT",
                                "2",
                                "SLURM_ARRAY_TASK_MIN",
                                "0",
                                "SLURM_ARRAY_TASK_MAX",
                                "2"))
                .contains("contiguous range"));
        assertTrue(refusal("auto", Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_STEP", "2"))
                .contains("SLURM_ARRAY_TASK_STEP=2"));
        assertTrue(refusal("auto/5", Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_COUNT", "3"))
                .contains("has 3 tasks, not 5"));
        assertTrue(refusal("auto", Map.of("SLURM_ARRAY_TASK_ID", "x1", "SLURM_ARRAY_TASK_COUNT", "3"))
                .contains("SLURM_ARRAY_TASK_ID='x1' is not a non-negative integer"));
    }

    @Test
    void aKubernetesIndexedJobNeedsTheCountGiven() {
        assertEquals(new Shard(2, 3), ShardOption.resolve("auto/3", Map.of("JOB_COMPLETION_INDEX", "2")));
        assertTrue(refusal("auto", Map.of("JOB_COMPLETION_INDEX", "2")).contains("use --shard auto/N"));
        assertTrue(refusal("auto/2", Map.of("JOB_COMPLETION_INDEX", "2")).contains("shard index must be in 0..1"));
    }

    @Test
    void autoWithoutABatchJobIsRefusedNamingTheVariables() {
        String message = refusal("auto", Map.of("HOME", "/root"));
        assertTrue(
                message.contains("neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX"), message);
    }
}
