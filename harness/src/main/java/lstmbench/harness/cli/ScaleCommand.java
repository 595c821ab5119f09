package lstmbench.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lstmbench.harness.scaling.ScalingBenchmark;
import lstmbench.harness.scaling.ScalingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lstmbench scale [--lengths N,N,...] [--out DIR] [--workers-per-run N]}: runs the same small
 * experiment at each series length as its own {@code lstmbench run} process and writes how its cost
 * grows ({@link ScalingBenchmark}): DIR/scaling.csv, DIR/report/index.html, and the table on stdout.
 *
 * <p>Refused before anything is written (exit code 2): a length that is not a positive integer, one
 * given twice, or a shortest length too short for the experiment. A child run that fails ends the
 * command with exit code 2, naming the length and its log file.
 */
@Command(
        name = "scale",
        mixinStandardHelpOptions = true,
        description = {
            "Measure how the cost of lstmbench run grows with series length: the same small experiment",
            "(seasonal AR series, stateful-tbptt and chunked-reset, 2 epochs) at each length, each as its own",
            "process; writes DIR/scaling.csv (wall, training and evaluation seconds, peak heap, peak RSS,",
            "folder bytes) and DIR/report/index.html with log-log charts."
        },
        footer = {
            "",
            "Examples:",
            "  lstmbench scale",
            "  lstmbench scale --lengths 20000,40000 --out results/scaling-small"
        })
final class ScaleCommand implements Callable<Integer> {
    @Option(
            names = "--lengths",
            paramLabel = "N,N,...",
            split = ",",
            description = "series lengths in points (default: 47249,472490,4724900)")
    List<String> lengths = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "results/scaling",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(
            names = "--workers-per-run",
            paramLabel = "N",
            defaultValue = "1",
            description = "worker threads of each run (default: ${DEFAULT-VALUE})")
    int workersPerRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out.toString().isBlank()) {
            throw new BadInputException("--out is empty: give the output folder, e.g. --out results/scaling");
        }
        ScalingBenchmark.Settings settings = new ScalingBenchmark.Settings(parsedLengths(), out, workersPerRun);
        PrintWriter stdout = spec.commandLine().getOut();
        ScalingBenchmark.Outcome outcome;
        try {
            outcome = ScalingBenchmark.run(settings, line -> {
                stdout.println(line);
                stdout.flush();
            });
        } catch (ScalingException refused) {
            throw new BadInputException(refused.getMessage());
        }
        stdout.print(ScalingBenchmark.table(outcome.rows()));
        stdout.println("results: " + outcome.csv());
        stdout.println("report: " + outcome.page());
        stdout.flush();
        return 0;
    }

    /** The lengths as numbers; text that is not a positive integer is refused naming it. */
    private List<Long> parsedLengths() {
        if (lengths.isEmpty()) {
            return ScalingBenchmark.DEFAULT_LENGTHS;
        }
        List<Long> parsed = new ArrayList<>();
        for (String text : lengths) {
            String trimmed = text.trim();
            long value;
            try {
                value = Long.parseLong(trimmed);
            } catch (NumberFormatException notAnInteger) {
                throw new BadInputException("--lengths: '" + text
                        + "' is not a positive integer; expected series lengths in points, e.g. --lengths 20000,40000");
            }
            if (value < 1) {
                throw new BadInputException("--lengths: " + value
                        + " is not a positive integer; expected series lengths in points, e.g. --lengths 20000,40000");
            }
            parsed.add(value);
        }
        return parsed;
    }
}
