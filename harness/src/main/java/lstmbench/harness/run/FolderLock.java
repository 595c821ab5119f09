package lstmbench.harness.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import lstmbench.harness.cli.BadInputException;

/**
 * An exclusive lock on a results folder, held until {@link #close()}.
 *
 * <p>One writer per results folder: {@code run} and {@code report} hold an exclusive OS lock on the
 * folder's .lstmbench.lock for as long as they write, so a second process into the same folder is
 * refused (exit code 2) with the holder's process id and start time, which the holder writes into
 * the file. The operating system releases the lock when its holder ends, even by kill -9, so a
 * crash never leaves the folder locked. The file itself stays behind: deleting it on release would
 * let a process that opened it just before lock an unlinked file while a third locks a new one.
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name inside the results folder. */
    public static final String FILE_NAME = ".lstmbench.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (creating it when missing) or refuses with a {@link BadInputException}
     * naming the process that holds it, or the file in the way when {@code dir} is or lies under a
     * file. A folder that cannot be created or written (read-only file system, no permission, full
     * disk) is an IOException in plain words (IoMessages).
     */
    public static FolderLock acquire(Path dir) throws IOException {
        requireFolderPath(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw IoMessages.plain("cannot create the results folder " + dir, e);
        }
        Path file = dir.resolve(FILE_NAME);
        String doing = "cannot lock the results folder " + dir;
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw IoMessages.plain(doing, file, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw IoMessages.plain(doing, file, e);
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new BadInputException("results folder " + dir + " is in use by " + holder
                    + "; wait for it to end or choose another folder");
        }
        String text = ProcessHandle.current().pid() + " " + Instant.now() + "\n";
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw IoMessages.plain(doing, file, e);
        }
        return new FolderLock(channel, lock);
    }

    /**
     * Refuses a folder path that is a file, or lies under one (nothing could be created there), with
     * a BadInputException naming the file.
     */
    private static void requireFolderPath(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new BadInputException(
                            p.equals(dir.toAbsolutePath())
                                    ? dir + " exists and is not a folder"
                                    : "results folder " + dir + " cannot be created: " + p
                                            + " is a file, not a folder");
                }
                return;
            }
        }
    }

    /**
     * "process PID (since TIME)" from the lock file, or a vaguer text when the holder has not written
     * it within a second (it locks first and writes right after, so a refused process can read the
     * file in between: it reads again for a while).
     */
    private static String holder(FileChannel channel) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            ByteBuffer buffer = ByteBuffer.allocate(256);
            channel.read(buffer, 0);
            String[] fields = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)
                    .trim()
                    .split(" ");
            if (fields.length == 2 && fields[0].matches("[0-9]+") && fields[1].endsWith("Z")) {
                return "process " + fields[0] + " (since " + fields[1] + ")";
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "another process";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
