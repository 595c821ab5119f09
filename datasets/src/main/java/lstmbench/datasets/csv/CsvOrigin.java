package lstmbench.datasets.csv;

import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The place a CSV file is read from.
 *
 * <p>Where the text of a CSV file comes from: a file on disk (csv: specifications, named datasets
 * in the folder LSTMBENCH_DATA names) or a copy packaged with lstmbench and read from the class
 * path (the named datasets by default), so messages and descriptions can say which one was read.
 */
public sealed interface CsvOrigin {

    /** The file's own name, e.g. {@code pollution.csv}. */
    String fileName();

    /** How messages name it: the path, or the file name and the class-path URL of the copy. */
    String display();

    /**
     * A file on disk.
     *
     * @param path the file; relative paths resolve against the working directory
     */
    record OnDisk(Path path) implements CsvOrigin {
        public OnDisk {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String fileName() {
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        }

        @Override
        public String display() {
            return path.toString();
        }
    }

    /**
     * A copy packaged with lstmbench, read from the class path (inside a jar, or from a build's
     * classes folder).
     *
     * @param fileName the file's name
     * @param url where the class loader found it
     */
    record Bundled(String fileName, URL url) implements CsvOrigin {
        public Bundled {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String display() {
            return fileName + " (the copy bundled with lstmbench, " + url + ")";
        }
    }
}
