package lstmbench.harness.cli;

import java.io.PrintWriter;
import lstmbench.datasets.DatasetException;
import lstmbench.harness.config.ConfigException;
import lstmbench.harness.run.IoMessages;
import lstmbench.report.io.ResultsFormatException;
import lstmbench.strategies.StrategyException;
import org.nd4j.common.config.ND4JSystemProperties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code lstmbench run | merge | report | bench | datasets | scale}. Bad input (unknown preset,
 * strategy or dataset, invalid values, malformed YAML, a conflicting output folder) ends with one
 * clear message on stderr and exit code 2 (so does a results folder another process is writing);
 * so does a failed file operation (a read-only file system, a folder without write permission, a
 * full disk), with one line saying what was being done, the system's reason and the file
 * ("no space left on device at ..."); anything unexpected ends with exit code 1 and a stack trace.
 */
@Command(
        name = "lstmbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "How should one long time series be batched for an LSTM, and what should happen to the",
            "hidden state between batches? Trains every strategy on the same kernel and data, and reports."
        },
        subcommands = {
            RunCommand.class,
            MergeCommand.class,
            ReportCommand.class,
            BenchCommand.class,
            DatasetsCommand.class,
            ScaleCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  lstmbench run quick",
            "  lstmbench run quick --data 'csv:my.csv?column=value' --out results/mine",
            "  lstmbench datasets 'synthetic:seasonal-ar?lag=64'",
            "  lstmbench merge results/quick shards/0 shards/1",
            "  lstmbench report results/quick",
            "  lstmbench bench --quick",
            "  lstmbench scale --lengths 20000,40000 --out results/scaling-small"
        })
public final class LstmBench implements Runnable {
    /**
     * Exit code for input the program refuses (bad preset, spec, value, YAML or output folder) and
     * for an output location it cannot write (read-only, no permission, full disk).
     */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: run, merge, report, bench, datasets or scale");
    }

    /** The configured command line (tests call execute on it with their own writers). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LstmBench());
        cl.setExecutionExceptionHandler(LstmBench::handle);
        cl.setParameterExceptionHandler(LstmBench::usageError);
        return cl;
    }

    public static void main(String[] args) {
        quietNd4jInitialisation();
        System.exit(commandLine().execute(args));
    }

    /**
     * Turns off ND4J's initialisation report (the native build information: {@code GCC: ...},
     * {@code HAVE_OPENBLAS}, ...) through its documented switch, unless the caller set the switch,
     * so the output of a command is only its own. Must run before ND4J's backend loads.
     */
    static void quietNd4jInitialisation() {
        if (System.getProperty(ND4JSystemProperties.LOG_INITIALIZATION) == null) {
            System.setProperty(ND4JSystemProperties.LOG_INITIALIZATION, "false");
        }
    }

    /**
     * A command line picocli cannot parse (unknown option or command, missing or malformed value):
     * one line with picocli's message, its suggestions and where to find the usage, exit code 2.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String message = e.getMessage() == null
                ? "invalid command line"
                : e.getMessage().lines().collect(java.util.stream.Collectors.joining("; "));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && cl.getParent() == null
                && !unmatched.getUnmatched().isEmpty()) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "': expected "
                    + String.join(", ", cl.getSubcommands().keySet());
        } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        PrintWriter err = cl.getErr();
        err.println("lstmbench: " + message + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return BAD_INPUT;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ConfigException
                || e instanceof DatasetException
                || e instanceof StrategyException
                || e instanceof ResultsFormatException
                || e instanceof BadInputException) {
            err.println("lstmbench: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        java.io.IOException io = e instanceof java.io.IOException direct
                ? direct
                : e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : null;
        if (io != null) {
            // an output location that cannot be written (read-only, not a folder, no permission, a full
            // disk): the user must choose another place or free space, so it is refused like bad input
            err.println("lstmbench: " + IoMessages.describe("cannot complete the command", io));
            err.flush();
            return BAD_INPUT;
        }
        err.println("lstmbench: unexpected error: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }
}
