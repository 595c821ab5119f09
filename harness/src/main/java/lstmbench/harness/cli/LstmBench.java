package lstmbench.harness.cli;

import java.io.PrintWriter;

import lstmbench.datasets.DatasetException;
import lstmbench.harness.config.ConfigException;
import lstmbench.report.io.ResultsFormatException;
import lstmbench.strategies.StrategyException;
import org.nd4j.common.config.ND4JSystemProperties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code lstmbench run | merge | report | bench | datasets}. Bad input (unknown preset,
 * strategy or dataset, invalid values, malformed YAML, a conflicting output folder) ends with one
 * clear message on stderr and exit code 2 (so does a results folder another process is writing);
 * a failed file operation (a full disk, a folder without write permission) with its plain message
 * and exit code 1; anything unexpected with exit code 1 and a stack trace.
 */
@Command(name = "lstmbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"How should one long time series be batched for an LSTM, and what should happen to the",
            "hidden state between batches? Trains every strategy on the same kernel and data, and reports."},
        subcommands = {RunCommand.class, MergeCommand.class, ReportCommand.class, BenchCommand.class,
            DatasetsCommand.class},
        footer = {"", "Examples:",
            "  lstmbench run quick",
            "  lstmbench run quick --data 'csv:my.csv?column=value' --out results/mine",
            "  lstmbench datasets 'synthetic:seasonal-ar?lag=64'",
            "  lstmbench merge results/quick shards/0 shards/1",
            "  lstmbench report results/quick",
            "  lstmbench bench --quick"})
public final class LstmBench implements Runnable {
    /** Exit code for input the program refuses (bad preset, spec, value, YAML or output folder). */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: run, merge, report, bench or datasets");
    }

    /** The configured command line (tests call execute on it with their own writers). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LstmBench());
        cl.setExecutionExceptionHandler(LstmBench::handle);
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

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ConfigException || e instanceof DatasetException || e instanceof StrategyException
                || e instanceof ResultsFormatException || e instanceof BadInputException) {
            err.println("lstmbench: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            // file-system failures (a full disk, a folder without write permission) carry plain messages
            err.println("lstmbench: " + e.getMessage());
            err.flush();
            return 1;
        }
        err.println("lstmbench: unexpected error: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }
}
