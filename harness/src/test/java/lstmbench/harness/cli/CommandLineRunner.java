package lstmbench.harness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in-process with captured output, as the tests of the commands need.
 */
final class CommandLineRunner {
    record Outcome(int exitCode, String out, String err) {}

    private CommandLineRunner() {}

    static Outcome run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = LstmBench.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }
}
