package lstmbench.report.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file under a temporary name in the same folder, forces it to disk and renames it, so
 * readers never see half a file and a crash after the rename cannot lose the content.
 * The temporary file is created like any new file (permissions from the process umask, usually
 * 0644), not with Files.createTempFile's owner-only 0600: results are meant to be read by others.
 *
 * <p>Whole-file writes: content goes to a temporary sibling ({@code .NAME.RANDOM.tmp}), which is
 * fsynced and then renamed over the target; the folder is fsynced after the rename.
 */
public final class AtomicFiles {
    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /** Writes {@code target} atomically and durably, creating its folder when needed. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temporary = dir.resolve("." + absolute.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            writeDurably(temporary, absolute, content);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates {@code file} (which must not exist), writes the content and forces it to disk. A
     * failure names the file (a FileSystemException), also when the system's error does not (a full
     * disk reports only "No space left on device").
     */
    public static void writeDurably(Path file, Content content) throws IOException {
        writeDurably(file, file, content);
    }

    /** As {@link #writeDurably(Path, Content)}, naming {@code shownAs} in a failure. */
    private static void writeDurably(Path file, Path shownAs, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (FileSystemException named) {
            throw named;
        } catch (IOException unnamed) {
            FileSystemException e = new FileSystemException(
                    shownAs.toString(),
                    null,
                    unnamed.getMessage() == null ? unnamed.getClass().getSimpleName() : unnamed.getMessage());
            e.initCause(unnamed);
            throw e;
        }
    }

    /**
     * Forces a folder's entries (names created, renamed or deleted in it) to disk. Where the platform
     * cannot open a folder for this (Windows), the rename is as durable as it gets there.
     */
    public static void forceFolder(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
            return;
        }
        try (channel) {
            channel.force(true);
        } catch (IOException notSupportedForFolders) {
            if (Files.isRegularFile(dir)) {
                throw notSupportedForFolders;
            }
        }
    }
}
