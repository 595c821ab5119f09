package lstmbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lstmbench.harness.cli.BadInputException;
import lstmbench.report.ReportRenderer;
import lstmbench.report.io.ForecastArchive;
import lstmbench.report.io.GroupFolders;
import lstmbench.report.io.ManifestFile;
import lstmbench.report.io.ResultsFiles;
import lstmbench.report.results.DatasetFingerprint;
import lstmbench.report.results.Manifest;
import lstmbench.report.results.Shard;

/**
 * The results folder policy, applied under the folder's lock before anything is written:
 *
 * <pre>
 * - a manifest of a different configuration, or of another shard of it (--shard), is refused
 *   unless --force (which removes only the files this program writes);
 * - the same configuration starts over unless --resume; with --resume, a dataset whose
 *   fingerprint changed since the interrupted run is refused, naming it;
 * - a folder without manifest.json (an older layout, or a manifest removed by hand) but with
 *   results of this experiment, or with no rows to tell, is the same experiment: it starts over,
 *   without --force; rows of another experiment are refused unless --force;
 * - temporary files of killed writers are removed in every case that goes on.
 * </pre>
 *
 * <p>Nothing is deleted without one of these checks.
 */
public final class OutputFolder {
    /**
     * Every top-level file an experiment writes: any of them (or groups/) marks a folder as holding
     * results, and starting over or --force removes them (with their temporary files), nothing else.
     */
    private static final List<String> FILES = List.of(
            ManifestFile.FILE_NAME,
            ResultsFiles.RUNS.fileName(),
            ResultsFiles.CURVES.fileName(),
            ResultsFiles.MEMORY.fileName(),
            ResultsFiles.FORECASTS.fileName(),
            ResultsFiles.SERIES.fileName(),
            ResultsFiles.SPLITS.fileName(),
            ForecastArchive.FILE_NAME);

    private OutputFolder() {}

    /**
     * Applies the policy (see the class comment) to {@code dir}, which the caller has locked.
     *
     * @return a note for the user when the folder is not what --resume asked for (it starts over)
     */
    public static Optional<String> prepare(
            Path dir,
            JsonNode configuration,
            String experiment,
            List<DatasetFingerprint> datasets,
            Optional<Shard> shard,
            boolean resume,
            boolean force)
            throws IOException {
        try {
            Decision decision = decide(dir, configuration, experiment, datasets, shard, resume, force);
            switch (decision.action()) {
                case KEEP -> removeTemporaries(dir);
                case CLEAR -> clear(dir);
            }
            return decision.note();
        } catch (IOException e) {
            throw IoMessages.plain("cannot prepare the results folder " + dir, e);
        }
    }

    /**
     * The refusals of {@link #prepare} alone, changing nothing: called before the folder is locked,
     * so that a refused run does not even create the lock file. {@link #prepare} checks again under
     * the lock.
     */
    public static void check(
            Path dir,
            JsonNode configuration,
            String experiment,
            List<DatasetFingerprint> datasets,
            Optional<Shard> shard,
            boolean resume,
            boolean force)
            throws IOException {
        if (Files.isDirectory(dir)) {
            try {
                decide(dir, configuration, experiment, datasets, shard, resume, force);
            } catch (IOException e) {
                throw IoMessages.plain("cannot read the results folder " + dir, e);
            }
        }
    }

    /** What {@link #prepare} does to a folder the policy accepts, beyond removing killed writers' temporaries. */
    private enum Action {
        /** Keep the results (a new folder, or the same experiment resumed). */
        KEEP,
        /** Remove the files this program writes: the experiment starts over. */
        CLEAR
    }

    /** The policy's answer for a folder: the action, and a note for the user. */
    private record Decision(Action action, Optional<String> note) {
        static final Decision KEEP = new Decision(Action.KEEP, Optional.empty());
        static final Decision CLEAR = new Decision(Action.CLEAR, Optional.empty());
    }

    /** The policy (see the class comment) applied to {@code dir}, changing nothing: refuses, or says what to do. */
    private static Decision decide(
            Path dir,
            JsonNode configuration,
            String experiment,
            List<DatasetFingerprint> datasets,
            Optional<Shard> shard,
            boolean resume,
            boolean force)
            throws IOException {
        if (!hasResults(dir)) {
            return Decision.KEEP;
        }
        Optional<Manifest> manifest = readManifest(dir);
        if (manifest.isPresent()) {
            boolean same = manifest.get().configuration().equals(configuration);
            if (!same && !force) {
                throw new BadInputException(dir + " holds results of a different experiment configuration ('"
                        + manifest.get().experiment() + "'); choose another --out, or pass --force to replace them");
            }
            if (same && !manifest.get().shard().equals(shard) && !force) {
                throw new BadInputException(dir + " holds "
                        + describe(manifest.get().shard()) + " of "
                        + experiment + ", not " + describe(shard) + "; choose another --out (one folder per shard),"
                        + " or pass --force to replace them");
            }
            same = same && manifest.get().shard().equals(shard);
            if (same && resume) {
                DatasetFingerprints.requireUnchanged(dir, manifest.get().datasets(), datasets);
                return Decision.KEEP;
            }
            return Decision.CLEAR;
        }
        Optional<String> other = otherExperiment(dir, experiment);
        if (other.isPresent() && !force) {
            throw new BadInputException(dir + " holds results of " + other.get() + " and no " + ManifestFile.FILE_NAME
                    + "; choose another --out, or pass --force to replace them");
        }
        return resume
                ? new Decision(
                        Action.CLEAR,
                        Optional.of(dir + " has no " + ManifestFile.FILE_NAME + " (the experiment was interrupted"
                                + " before its manifest was written, or the folder predates committed groups): nothing"
                                + " in it can be verified, so " + experiment + " starts over"))
                : Decision.CLEAR;
    }

    private static String describe(Optional<Shard> shard) {
        return shard.map(s -> "shard " + s).orElse("the whole experiment");
    }

    static boolean hasResults(Path dir) {
        return FILES.stream().anyMatch(f -> Files.exists(dir.resolve(f))) || Files.exists(GroupFolders.folder(dir));
    }

    private static Optional<Manifest> readManifest(Path dir) {
        try {
            return ManifestFile.readIfPresent(dir);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** "experiment 'X'" when runs.csv names another experiment, or a phrase when runs.csv does not read. */
    private static Optional<String> otherExperiment(Path dir, String experiment) {
        try {
            return ResultsFiles.RUNS.readIfPresent(dir).stream()
                    .map(r -> r.setup().experiment())
                    .filter(name -> !name.equals(experiment))
                    .findFirst()
                    .map(name -> "experiment '" + name + "'");
        } catch (IOException unreadable) {
            return Optional.of("an unreadable " + ResultsFiles.RUNS.fileName());
        }
    }

    /** Removes temporary files (.NAME.RANDOM.tmp) and group folders (groups/.tmp-*) of killed writers. */
    static void removeTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p)
                        && name.endsWith(".tmp")
                        && FILES.stream().anyMatch(f -> name.startsWith("." + f + "."))) {
                    Files.delete(p);
                }
            }
        }
        GroupFolders.removeTemporaries(dir);
    }

    /** Removes the files an experiment writes (committed groups and the rendered report too), nothing else. */
    static void clear(Path dir) throws IOException {
        removeTemporaries(dir);
        for (String f : FILES) {
            Files.deleteIfExists(dir.resolve(f));
        }
        for (Path tree : List.of(GroupFolders.folder(dir), dir.resolve(ReportRenderer.REPORT_DIR))) {
            if (Files.isDirectory(tree)) {
                try (Stream<Path> walk = Files.walk(tree)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
