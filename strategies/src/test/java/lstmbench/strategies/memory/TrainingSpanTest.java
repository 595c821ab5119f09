package lstmbench.strategies.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import lstmbench.strategies.Strategy;
import lstmbench.strategies.StrategyRegistry;
import lstmbench.strategies.TrainingSpan;
import org.junit.jupiter.api.Test;

/**
 * Every registered strategy states how far back its training gradient reaches, from its own
 * parameters.
 */
class TrainingSpanTest {
    static int span(String spec) {
        return ((TrainingSpan) StrategyRegistry.parse(spec)).gradientSteps(1000);
    }

    @Test
    void everyRegisteredStrategyHasASpan() {
        for (Strategy s : StrategyRegistry.defaults()) {
            assertInstanceOf(TrainingSpan.class, s, s.name());
        }
    }

    @Test
    void theSpanIsTheWindowTheChunkK2BurnInPlusChunkOrTheWholeTrainingPart() {
        assertEquals(16, span("sliding-window?window=16"));
        assertEquals(24, span("shuffled?unit=chunks&length=24"));
        assertEquals(50, span("chunked-reset?chunk=50"));
        assertEquals(64, span("stateful-tbptt?chunk=64&streams=4"));
        assertEquals(40, span("random-offset?chunk=40"));
        assertEquals(30, span("tbptt-overlap?k1=10&k2=30"));
        assertEquals(50, span("stateful-burn-in?chunk=50&burn-in=20&scope=epoch"));
        assertEquals(70, span("stateful-burn-in?chunk=50&burn-in=20&scope=batch"));
        assertEquals(999, span("full-bptt"));
    }
}
