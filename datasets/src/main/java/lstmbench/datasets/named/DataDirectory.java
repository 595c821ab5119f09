package lstmbench.datasets.named;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lstmbench.datasets.DatasetException;

/**
 * Where named dataset files are looked up, in order.
 *
 * <p>Finds the folder that holds the named real datasets: the directory in LSTMBENCH_DATA if set,
 * otherwise a {@code shared/datasets} folder reached as {@code ../shared/datasets} from the working
 * directory or from any of its ancestors (so it works from the repository root and from a module
 * directory under Maven). When nothing is found the error says to run scripts/fetch-datasets.sh.
 */
public record DataDirectory(List<Path> candidates) {

  /** The environment variable that overrides the search. */
  public static final String ENVIRONMENT_VARIABLE = "LSTMBENCH_DATA";

  public DataDirectory {
    candidates = List.copyOf(candidates);
  }

  /** The search order for this process: {@code LSTMBENCH_DATA}, then the working directory's. */
  public static DataDirectory fromEnvironment() {
    return of(
        Optional.ofNullable(System.getenv(ENVIRONMENT_VARIABLE)).filter(s -> !s.isBlank()),
        Path.of("").toAbsolutePath());
  }

  /**
   * The search order given an optional override directory and a working directory: the override
   * first, then {@code dir/../shared/datasets} for {@code dir} = the working directory and each of
   * its ancestors.
   */
  public static DataDirectory of(Optional<String> override, Path workingDirectory) {
    List<Path> candidates = new ArrayList<>();
    override.map(Path::of).ifPresent(candidates::add);
    for (Path dir = workingDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path parent = dir.getParent();
      if (parent != null) {
        Path candidate = parent.resolve("shared").resolve("datasets");
        if (!candidates.contains(candidate)) {
          candidates.add(candidate);
        }
      }
    }
    return new DataDirectory(candidates);
  }

  /** The first candidate that holds {@code fileName}; otherwise an error naming all candidates. */
  public Path locate(String fileName, String datasetName) {
    for (Path dir : candidates) {
      Path file = dir.resolve(fileName);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new DatasetException(
        "Named dataset '" + datasetName + "' needs the file " + fileName + ", which was not found in "
            + (candidates.isEmpty()
                ? "any folder"
                : candidates.stream().map(Path::toString).collect(Collectors.joining(", ")))
            + ". Run scripts/fetch-datasets.sh to download it, or set " + ENVIRONMENT_VARIABLE
            + " to the folder that holds it.");
  }
}
