package lstmbench.harness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lstmbench.harness.run.ShardMerge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lstmbench merge OUT SHARD_DIR...}: merges the folders of {@code lstmbench run --shard} into
 * one results folder and renders its report (ShardMerge). Refuses with exit code 2, writing nothing,
 * when the shards ran different configurations, versions or data, or when a group is missing or
 * committed twice.
 */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Merge the results folders of an experiment's shards (lstmbench run --shard I/N) into OUT,",
            "the folder one process would have written, and render OUT/report/index.html."
        },
        footer = {
            "",
            "Example:",
            "  lstmbench run quick --shard 0/2 --out shards/0; lstmbench run quick --shard 1/2 --out shards/1",
            "  lstmbench merge results/quick shards/0 shards/1"
        })
final class MergeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "the merged results folder")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD_DIR", description = "the shards' results folders")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--force", description = "replace results of a different experiment in OUT")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String command = "lstmbench "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        ShardMerge.Summary summary = ShardMerge.merge(out, shards, command, force);
        var stdout = spec.commandLine().getOut();
        stdout.printf(
                "%s: %d runs (%d groups) merged from %d folders into %s%n",
                summary.experiment(), summary.runs(), summary.groups(), summary.shards(), out);
        stdout.println("report: " + summary.report());
        stdout.flush();
        return 0;
    }
}
