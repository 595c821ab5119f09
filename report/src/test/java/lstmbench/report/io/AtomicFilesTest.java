package lstmbench.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-file writes: content, no temporary file left, and the permissions of any new file (umask),
 * not 0600.
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheContentUnderTheTargetNameAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("sub/throughput.csv");

        AtomicFiles.write(target, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(target, out -> out.write("c,d\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals("c,d\n", Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(
                    List.of("throughput.csv"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("runs.csv");
        Files.writeString(target, "old");

        assertThrows(
                IOException.class,
                () -> AtomicFiles.write(target, out -> {
                    out.write(1);
                    throw new IOException("disk full");
                }));

        assertEquals("old", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theFileGetsTheUmasksPermissionsLikeAnyNewFileNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path reference = Files.writeString(dir.resolve("reference.txt"), "x");
        Path target = dir.resolve("manifest.json");

        AtomicFiles.write(target, out -> out.write('x'));

        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertEquals(expected, Files.getPosixFilePermissions(target));
        if (expected.contains(PosixFilePermission.OTHERS_READ)) {
            assertTrue(
                    Files.getPosixFilePermissions(target).contains(PosixFilePermission.OTHERS_READ),
                    "readable by others under a 022 umask (0644), as results are meant to be shared");
        }
    }
}
