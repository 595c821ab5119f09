package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lstmbench.harness.config.ExperimentLoader;
import org.junit.jupiter.api.Test;

/**
 * --strategies: a bare name picks the experiment's own specifications of that strategy; parameters
 * given are used as given.
 */
class StrategiesOptionTest {
    private static final List<String> PRESET = List.of(
            "sliding-window?window=32&batch=32",
            "chunked-reset?chunk=64&batch=8",
            "stateful-tbptt?chunk=64&streams=4",
            "stateful-tbptt?chunk=16&streams=4");

    @Test
    void aBareNameTheExperimentListsKeepsItsParametersInTheOrderAsked() {
        assertEquals(
                List.of(
                        "stateful-tbptt?chunk=64&streams=4",
                        "stateful-tbptt?chunk=16&streams=4",
                        "chunked-reset?chunk=64&batch=8"),
                RunCommand.chooseStrategies(List.of("stateful-tbptt", "chunked-reset"), PRESET));
    }

    @Test
    void aSpecificationWithParametersOrANameTheExperimentLacksIsTakenAsGiven() {
        assertEquals(
                List.of("chunked-reset?chunk=100", "full-bptt"),
                RunCommand.chooseStrategies(List.of("chunked-reset?chunk=100", "full-bptt"), PRESET));
    }

    @Test
    void selectingFromTheMemorySweepPresetKeepsItsChunkLength() {
        List<String> preset = ExperimentLoader.load("memory-sweep").strategies();

        assertEquals(
                List.of("chunked-reset?chunk=64&batch=8"),
                RunCommand.chooseStrategies(List.of("chunked-reset"), preset));
    }
}
