package lstmbench.datasets.named;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.csv.CsvOrigin;

/**
 * The source of the named datasets' files.
 *
 * <p>Where the named real datasets are read from: the copies bundled with lstmbench (in the
 * datasets module's resources, so in its jar), unless LSTMBENCH_DATA names a folder holding other
 * copies. A folder, once named, is the only place looked at: a file missing there is an error
 * naming the folder and the file, never a silent fall-back to the bundled copy.
 *
 * @param folder the folder to read them from; empty for the bundled copies
 */
public record DataDirectory(Optional<Path> folder) {

    /** The environment variable naming a folder to read the named datasets from instead. */
    public static final String ENVIRONMENT_VARIABLE = "LSTMBENCH_DATA";

    /** The class-path folder of the bundled copies, next to {@link NamedDataset}. */
    public static final String BUNDLED_RESOURCE_FOLDER = "lstmbench/datasets/named/";

    public DataDirectory {
        Objects.requireNonNull(folder, "folder");
    }

    /** The copies bundled with lstmbench. */
    public static DataDirectory bundled() {
        return new DataDirectory(Optional.empty());
    }

    /** The files in {@code folder}. */
    public static DataDirectory folder(Path folder) {
        return new DataDirectory(Optional.of(folder));
    }

    /** The folder in {@code LSTMBENCH_DATA} if it is set and not blank, else the bundled copies. */
    public static DataDirectory fromEnvironment() {
        return fromOverride(Optional.ofNullable(System.getenv(ENVIRONMENT_VARIABLE)));
    }

    /**
     * The folder {@code override} names, or the bundled copies when it is absent or blank (as an
     * unset or empty {@code LSTMBENCH_DATA}).
     */
    public static DataDirectory fromOverride(Optional<String> override) {
        return override.filter(s -> !s.isBlank()).map(s -> folder(Path.of(s))).orElseGet(DataDirectory::bundled);
    }

    /** Where the files are read from, for listings: the folder, or the bundled copies. */
    public String describe() {
        return folder.map(f -> f + " (set by " + ENVIRONMENT_VARIABLE + ")")
                .orElse("the copies bundled with lstmbench");
    }

    /**
     * The file {@code fileName} of the named dataset {@code datasetName}: in the folder if there is
     * one, else the bundled copy; otherwise an error naming the folder and the file.
     */
    public CsvOrigin locate(String fileName, String datasetName) {
        if (folder.isPresent()) {
            Path dir = folder.get();
            if (!Files.isDirectory(dir)) {
                throw new DatasetException(
                        ENVIRONMENT_VARIABLE + " is " + dir + ", which is not a folder: named dataset '"
                                + datasetName + "' needs the file " + fileName + " in it. Unset "
                                + ENVIRONMENT_VARIABLE + " to read the copy bundled with lstmbench.");
            }
            Path file = dir.resolve(fileName);
            if (!Files.isRegularFile(file)) {
                throw new DatasetException(
                        "Named dataset '" + datasetName + "' needs the file " + fileName + ", which is not in "
                                + dir + " (set by " + ENVIRONMENT_VARIABLE + "). Run scripts/fetch-datasets.sh "
                                + dir + " to download it there, or unset " + ENVIRONMENT_VARIABLE
                                + " to read the copy bundled with lstmbench.");
            }
            return new CsvOrigin.OnDisk(file);
        }
        URL url = DataDirectory.class.getClassLoader().getResource(BUNDLED_RESOURCE_FOLDER + fileName);
        if (url == null) {
            throw new DatasetException(
                    "Named dataset '" + datasetName + "' needs the file " + fileName + ", which is missing from"
                            + " the class path (" + BUNDLED_RESOURCE_FOLDER + fileName + "): this build of"
                            + " lstmbench lacks its bundled data. Rebuild it, or set " + ENVIRONMENT_VARIABLE
                            + " to a folder holding the file (scripts/fetch-datasets.sh downloads it).");
        }
        return new CsvOrigin.Bundled(fileName, url);
    }
}
