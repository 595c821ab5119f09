package lstmbench.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lstmbench.report.results.Shard;
import org.junit.jupiter.api.Test;

/**
 * How the groups are dealt to shards: the deal rank orders them strategy by strategy, so every shard
 * gets each strategy's groups evenly (a strategy's cost dominates a group's), and all shards
 * together run every group exactly once.
 */
class ShardDealTest {
    @Test
    void dealRanksArePlanPositionsReorderedStrategyByStrategy() {
        // 2 datasets x 3 strategies x 2 seeds; plan order is dataset, strategy, seed
        List<Integer> ranks = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            ranks.add(ExperimentRunner.dealRank(p, 2, 3, 2));
        }
        assertEquals(List.of(0, 1, 4, 5, 8, 9, 2, 3, 6, 7, 10, 11), ranks);
    }

    /** memory-sweep with one seed: 9 datasets x 4 strategies, in 2 shards. */
    @Test
    void twoShardsOfTheMemorySweepGetEveryStrategyEvenly() {
        int datasets = 9, strategies = 4, seeds = 1, n = 2;
        int[][] perShardAndStrategy = new int[n][strategies];
        Set<Integer> ranks = new HashSet<>();
        for (int p = 0; p < datasets * strategies * seeds; p++) {
            int rank = ExperimentRunner.dealRank(p, datasets, strategies, seeds);
            ranks.add(rank);
            perShardAndStrategy[Shard.owning(rank, n).index()][p / seeds % strategies]++;
        }
        assertEquals(36, ranks.size(), "a rank for every group, none twice");
        for (int s = 0; s < strategies; s++) {
            int a = perShardAndStrategy[0][s], b = perShardAndStrategy[1][s];
            assertEquals(9, a + b);
            assertTrue(Math.abs(a - b) <= 1, "strategy " + s + ": " + a + " and " + b + " groups");
        }
    }
}
