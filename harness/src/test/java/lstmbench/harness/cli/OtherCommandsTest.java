package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lstmbench datasets}, {@code report} and the help of every command.
 */
class OtherCommandsTest {
    @Test
    void datasetsListsGeneratorsWithTheirMemoryAndTheNamedFiles() {
        CommandLineRunner.Outcome o = CommandLineRunner.run("datasets");
        assertEquals(0, o.exitCode(), o.err());
        for (String expected : new String[] {
            "seasonal-ar", "mackey-glass", "narma10", "random-walk", "pollution-temp", "memory: ", "csv:PATH"
        }) {
            assertTrue(o.out().contains(expected), expected + " missing from:\n" + o.out());
        }
    }

    @Test
    void datasetsDescribesOneSpecWithItsSummaryStatistics() {
        CommandLineRunner.Outcome o = CommandLineRunner.run("datasets", "synthetic:seasonal-ar?lag=12&length=3000");
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().contains("length 3000"), o.out());
        assertTrue(o.out().contains("dominant period 12 steps"), o.out());
    }

    @Test
    void aMalformedDatasetSpecIsBadInput() {
        CommandLineRunner.Outcome o = CommandLineRunner.run("datasets", "synthetic:seasonal-ar?lag=twelve");
        assertEquals(LstmBench.BAD_INPUT, o.exitCode());
        assertTrue(o.err().contains("lag"), o.err());
    }

    @Test
    void reportOfAMissingFolderIsBadInput(@TempDir Path dir) {
        CommandLineRunner.Outcome o =
                CommandLineRunner.run("report", dir.resolve("nothing").toString());
        assertEquals(LstmBench.BAD_INPUT, o.exitCode());
        assertTrue(o.err().contains("no such results folder"), o.err());
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : new String[] {"run", "report", "bench", "datasets", "scale"}) {
            CommandLineRunner.Outcome o = CommandLineRunner.run(command, "--help");
            assertEquals(0, o.exitCode());
            assertTrue(o.out().contains("Example"), command + " --help has no example:\n" + o.out());
        }
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, CommandLineRunner.run().exitCode());
    }
}
