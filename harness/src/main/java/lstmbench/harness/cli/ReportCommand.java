package lstmbench.harness.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lstmbench.harness.run.FolderLock;
import lstmbench.report.ReportRenderer;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
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
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Render DIR/report/index.html (with PNG charts) from the results files in DIR.",
        footer = {"", "Example:", "  lstmbench report results/quick"})
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "an experiment's results folder")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(dir)) {
            throw new BadInputException(dir + ": no such results folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + " is a file, not a results folder: give the folder lstmbench run wrote"
                    + " (the one holding manifest.json)");
        }
        if (!Files.exists(ManifestFile.path(dir))
                && !Files.exists(ResultsFiles.RUNS.path(dir))
                && !Files.exists(dir.resolve(FolderLock.FILE_NAME))) {
            // checked before the lock, whose file would be the first thing written into the folder (a
            // folder with a lock file may be one whose writer has not written its manifest yet)
            throw new BadInputException(dir + " is not a results folder: it has neither " + ManifestFile.FILE_NAME
                    + " nor " + ResultsFiles.RUNS.fileName());
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
