package lstmbench.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lstmbench.strategies.kinds.Shuffled;
import lstmbench.strategies.kinds.SlidingWindow;
import lstmbench.strategies.kinds.StatefulBurnIn;
import lstmbench.strategies.kinds.StatefulFullGraph;
import lstmbench.strategies.kinds.StatefulTbptt;
import lstmbench.strategies.kinds.TbpttOverlap;
import lstmbench.strategies.plan.Remainder;
import org.junit.jupiter.api.Test;

/**
 * The registry knows the nine strategies by the names users type, parses spec strings into the
 * strategies' typed records (defaults for absent keys), prints specs that parse back to equal
 * records, and rejects unknown names, unknown keys and bad values with messages naming them.
 */
class StrategyRegistryTest {

    @Test
    void knowsTheNineStrategiesByTheirUserNames() {
        assertEquals(
                List.of(
                        "sliding-window",
                        "chunked-reset",
                        "shuffled",
                        "stateful-tbptt",
                        "tbptt-overlap",
                        "stateful-burn-in",
                        "random-offset",
                        "stateful-full-graph",
                        "full-bptt"),
                StrategyRegistry.names());
        for (StrategyType t : StrategyRegistry.all()) {
            assertEquals(t.name(), t.defaults().name(), "the built strategy reports its registered name");
        }
    }

    @Test
    void parsesSpecsIntoTypedRecordsWithDefaultsForAbsentKeys() {
        assertEquals(
                new StatefulTbptt(100, 16, Remainder.KEEP),
                StrategyRegistry.parse("stateful-tbptt?chunk=100&streams=16"));
        assertEquals(
                new SlidingWindow(50, 32, Remainder.DROP), StrategyRegistry.parse("sliding-window?remainder=drop"));
        assertEquals(new TbpttOverlap(10, 40, 32, Remainder.KEEP), StrategyRegistry.parse("tbptt-overlap?k1=10&k2=40"));
        assertEquals(
                new Shuffled(Shuffled.Unit.CHUNKS, 20, 8, Shuffled.Order.SERIES, Remainder.KEEP),
                StrategyRegistry.parse("shuffled?unit=chunks&length=20&batch=8&order=series"));
        assertEquals(
                new StatefulBurnIn(50, 10, StatefulBurnIn.Scope.BATCH, 32, Remainder.KEEP),
                StrategyRegistry.parse("stateful-burn-in?burn-in=10&scope=batch"));
        assertEquals(
                new StatefulFullGraph(50, 4, 3, Remainder.KEEP),
                StrategyRegistry.parse("stateful-full-graph?streams=4&max-chunks=3"));
        assertEquals(new StatefulFullGraph(50, 32, 8, Remainder.KEEP), StrategyRegistry.parse("stateful-full-graph"));
    }

    @Test
    void everySpecParsesBackToAnEqualStrategy() {
        for (Strategy s : StrategyRegistry.defaults()) {
            assertEquals(s, StrategyRegistry.parse(s.spec()), s.spec());
        }
        Strategy custom = new StatefulBurnIn(7, 3, StatefulBurnIn.Scope.BATCH, 5, Remainder.DROP);
        assertEquals(custom, StrategyRegistry.parse(custom.spec()));
    }

    @Test
    void rejectsUnknownNamesListingTheValidOnes() {
        StrategyException e = assertThrows(StrategyException.class, () -> StrategyRegistry.parse("stateful"));
        assertTrue(e.getMessage().contains("stateful-tbptt") && e.getMessage().contains("full-bptt"), e.getMessage());
    }

    @Test
    void rejectsUnknownKeysAndBadValues() {
        assertRejected(
                "chunked-reset?window=5",
                "Unknown parameter 'window' for strategy 'chunked-reset': expected one of chunk, batch, remainder");
        assertRejected("stateful-tbptt?chunk=0", "Parameter 'chunk' of strategy 'stateful-tbptt' must be >= 1, got 0");
        assertRejected(
                "stateful-tbptt?chunk=ten",
                "Parameter 'chunk' of strategy 'stateful-tbptt' must be an integer, got 'ten'");
        assertRejected(
                "shuffled?order=random",
                "Parameter 'order' of strategy 'shuffled' must be one of shuffled, series, got 'random'");
        assertRejected("tbptt-overlap?k1=20&k2=10", "needs k2 >= k1");
        assertRejected("full-bptt?chunk=5", "Unknown parameter 'chunk' for strategy 'full-bptt': expected none");
        assertRejected("stateful-tbptt?chunk=5&chunk=6", "parameter 'chunk' is given more than once");
        assertRejected("stateful-tbptt?chunk", "malformed parameter 'chunk': expected key=value");
    }

    private static void assertRejected(String spec, String expected) {
        StrategyException e = assertThrows(StrategyException.class, () -> StrategyRegistry.parse(spec));
        assertTrue(e.getMessage().startsWith("Strategy spec '" + spec + "': "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void aSeriesTooShortForTheShapesIsAnErrorNamingTheStrategy() {
        StrategyException e = assertThrows(
                StrategyException.class,
                () -> new SlidingWindow(50, 4, Remainder.KEEP).plan(30, new lstmbench.strategies.plan.EpochSeed(0, 1)));
        assertTrue(e.getMessage().contains("sliding-window"), e.getMessage());
        assertThrows(
                StrategyException.class,
                () -> new StatefulTbptt(50, 32, Remainder.KEEP)
                        .plan(20, new lstmbench.strategies.plan.EpochSeed(0, 1)));
    }
}
