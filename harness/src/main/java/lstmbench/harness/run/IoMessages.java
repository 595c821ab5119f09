package lstmbench.harness.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Plain messages for failed file operations: what was being done, the path, and the system's
 * reason in words and the file ("cannot write the results folder /data/out: no space left on device
 * at /data/out/series.csv"), instead of the bare reason or an exception class name.
 */
public final class IoMessages {
    /** A failure whose message is already plain (made by {@link #plain}). */
    private static final class Plain extends IOException {
        Plain(String message, IOException cause) {
            super(message, cause);
        }
    }

    private IoMessages() {}

    /**
     * An IOException saying "{@code doing}: reason at path" (e.g. "cannot lock the results folder
     * out: read-only file system at out/.lstmbench.lock"), with {@code cause} attached.
     */
    public static IOException plain(String doing, Path path, IOException cause) {
        return new Plain(doing + ": " + reason(cause) + " at " + path, cause);
    }

    /**
     * An IOException saying "{@code doing}: reason", followed by " at FILE" when the failure names a
     * file, with {@code cause} attached.
     */
    public static IOException plain(String doing, IOException cause) {
        return new Plain(doing + ": " + reason(cause) + at(cause), cause);
    }

    /** " at FILE" for a failure that names its file, or nothing. */
    public static String at(IOException e) {
        return e instanceof FileSystemException fs && fs.getFile() != null ? " at " + fs.getFile() : "";
    }

    /**
     * The one-line message of any failed file operation: its own message when it came from
     * {@link #plain} (it says what was being done), otherwise "{@code doing}: reason at FILE".
     */
    public static String describe(String doing, IOException e) {
        if (e instanceof Plain) {
            return e.getMessage();
        }
        return plain(doing, e).getMessage();
    }

    /** The system's reason for a failure, lower-cased, without the path it may repeat. */
    public static String reason(IOException e) {
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
