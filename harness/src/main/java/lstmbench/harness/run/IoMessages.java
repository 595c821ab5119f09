package lstmbench.harness.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Plain messages for failed file operations: what was being done, the path, and the system's
 * reason in words ("cannot write runs.csv in /data/out: no space left on device"), instead of the
 * bare reason or an exception class name.
 */
final class IoMessages {
    private IoMessages() {
    }

    /** An IOException saying "{@code doing} {@code path}: reason", with {@code cause} attached. */
    static IOException plain(String doing, Path path, IOException cause) {
        return new IOException(doing + " " + path + ": " + reason(cause), cause);
    }

    /** The system's reason for a failure, lower-cased, without the path it may repeat. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
