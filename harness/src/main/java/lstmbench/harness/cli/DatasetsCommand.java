package lstmbench.harness.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.named.DataDirectory;
import lstmbench.datasets.spec.DatasetCatalog;
import lstmbench.datasets.spec.DatasetSpec;
import lstmbench.datasets.spec.DatasetSpecs;
import lstmbench.datasets.specstring.ParameterInfo;
import lstmbench.datasets.stats.SummaryStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code lstmbench datasets [SPEC]}: without SPEC lists the named real datasets (and where their
 * files are read from) and the synthetic generators with parameters and memory demand; with SPEC
 * loads that one series and prints its summary statistics.
 */
@Command(
        name = "datasets",
        mixinStandardHelpOptions = true,
        description = "List named datasets and synthetic generators, or describe one dataset specification.",
        footer = {
            "",
            "Examples:",
            "  lstmbench datasets",
            "  lstmbench datasets 'synthetic:seasonal-ar?lag=64&length=47249'",
            "  lstmbench datasets 'csv:my.csv?column=value&missing=interpolate'"
        })
final class DatasetsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", description = "a dataset specification")
    Optional<String> spec;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        if (spec.isPresent()) {
            describe(spec.get(), out);
        } else {
            list(out);
        }
        out.flush();
        return 0;
    }

    private static void describe(String text, PrintWriter out) {
        DatasetSpec parsed = DatasetSpecs.parse(text);
        TimeSeries series = parsed.load();
        SummaryStatistics s = SummaryStatistics.of(series);
        out.println(parsed.text());
        out.println("  " + series.description());
        out.printf(
                "  length %d, mean %.4g, std %.4g, min %.4g, max %.4g%n",
                s.length(), s.mean(), s.std(), s.min(), s.max());
        out.printf(
                "  missing in source %d (%s)%n",
                s.missingCount(), series.missing().treatment());
        out.printf(
                "  lag-1 autocorrelation %.4f, dominant period %s%n",
                s.lag1Autocorrelation(),
                s.dominantPeriod().isPresent() ? s.dominantPeriod().getAsInt() + " steps" : "none");
    }

    private static void list(PrintWriter out) {
        DataDirectory data = DataDirectory.fromEnvironment();
        out.println("Named datasets (read from " + data.describe() + "; $" + DataDirectory.ENVIRONMENT_VARIABLE
                + " names a folder to read instead):");
        for (DatasetCatalog.NamedDatasetEntry d : DatasetCatalog.namedDatasets(data)) {
            out.printf(
                    "  %-20s %s; column %s, %d points, missing: %s%n",
                    d.name(), d.description(), d.column(), d.length(), d.defaultMissing());
            out.println("  " + " ".repeat(20) + " "
                    + d.location()
                            .map(o -> "read from " + o.display())
                            .orElse("not found: " + d.fileName() + " is not in that folder (scripts/fetch-datasets.sh"
                                    + " downloads it)"));
        }
        out.println();
        out.println("Synthetic generators (synthetic:NAME?key=value&...):");
        for (DatasetCatalog.GeneratorEntry g : DatasetCatalog.generators()) {
            out.printf("  %-14s %s%n", g.name(), g.description());
            for (ParameterInfo p : g.parameters()) {
                out.printf("      %-13s %s (default %s)%n", p.name(), p.description(), p.defaultValue());
            }
            out.printf(
                    "      memory: %d steps: %s%n",
                    g.memoryDemand().steps(), g.memoryDemand().explanation());
            out.println("      e.g. " + g.example());
        }
        out.println();
        out.println("CSV files (csv:PATH?key=value&...):");
        for (ParameterInfo p : DatasetCatalog.csvParameters()) {
            out.printf(
                    "      %-13s %s%s%n",
                    p.name(), p.description(), p.defaultValue().isEmpty() ? "" : " (default " + p.defaultValue() + ")");
        }
    }
}
