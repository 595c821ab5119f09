package lstmbench.harness.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import lstmbench.harness.run.FolderLock;
import lstmbench.report.ReportRenderer;
import lstmbench.report.io.GroupFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code lstmbench report DIR}: re-renders DIR/report/index.html from the results files in DIR,
 * holding the folder's lock (FolderLock) so that it never reads a folder another process is
 * writing. For an experiment that did not finish, the top-level files are first assembled from its
 * committed groups (GroupFolders.assembleIfUnfinished), so the page shows every committed group and
 * the manifest lists every other run as PENDING.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render DIR/report/index.html (with PNG charts) from the results files in DIR.",
        footer = {"", "Example:", "  lstmbench report results/quick"})
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "an experiment's results folder")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such results folder");
        }
        Path page;
        try (FolderLock lock = FolderLock.acquire(dir)) {
            GroupFolders.assembleIfUnfinished(dir);
            page = ReportRenderer.render(dir);
        }
        spec.commandLine().getOut().println("report: " + page);
        return 0;
    }
}
