package lstmbench.datasets.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled copies are what their README says: the table lists exactly the files the named
 * datasets read, and each file on the class path has the SHA-256 and the number of data rows the
 * table gives (which is also the length its named datasets declare).
 */
class BundledDataTest {

    /** One row of the README's table: {@code | `file` | rows | `sha256` |}. */
    private record Row(int rows, String sha256) {}

    private static final Pattern TABLE_ROW =
            Pattern.compile("^\\| `([^`]+)` \\| (\\d+) \\| `([0-9a-f]{64})` \\|$", Pattern.MULTILINE);

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = DataDirectory.class
                .getClassLoader()
                .getResourceAsStream(DataDirectory.BUNDLED_RESOURCE_FOLDER + name)) {
            assertNotNull(in, name + " is not on the class path under " + DataDirectory.BUNDLED_RESOURCE_FOLDER);
            return in.readAllBytes();
        }
    }

    private static Map<String, Row> readmeTable() throws IOException {
        String readme = new String(bundled("README.md"), StandardCharsets.UTF_8);
        Map<String, Row> table = new LinkedHashMap<>();
        Matcher m = TABLE_ROW.matcher(readme);
        while (m.find()) {
            table.put(m.group(1), new Row(Integer.parseInt(m.group(2)), m.group(3)));
        }
        return table;
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** Lines after the header; the last line may or may not end with a newline. */
    private static int dataRows(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return (int) text.lines().skip(1).count();
    }

    @Test
    void theReadmeTableListsExactlyTheFilesTheNamedDatasetsRead() throws IOException {
        Set<String> read =
                Arrays.stream(NamedDataset.values()).map(NamedDataset::fileName).collect(Collectors.toSet());
        assertEquals(read, readmeTable().keySet());
    }

    @Test
    void everyBundledFileHasTheHashAndRowCountTheReadmeGives() throws Exception {
        for (Map.Entry<String, Row> entry : readmeTable().entrySet()) {
            byte[] content = bundled(entry.getKey());
            assertEquals(entry.getValue().sha256(), sha256(content), entry.getKey() + ": SHA-256");
            assertEquals(entry.getValue().rows(), dataRows(content), entry.getKey() + ": data rows");
        }
    }

    @Test
    void everyNamedDatasetDeclaresTheRowCountOfItsFile() throws IOException {
        Map<String, Row> table = readmeTable();
        for (NamedDataset dataset : NamedDataset.values()) {
            assertEquals(table.get(dataset.fileName()).rows(), dataset.length(), dataset.specName());
        }
    }

    @Test
    void everyBundledFileHasItsPublishedDescriptionBesideIt() throws IOException {
        for (String file : readmeTable().keySet()) {
            String names = file.replaceFirst("\\.csv$", ".names");
            assertFalse(new String(bundled(names), StandardCharsets.UTF_8).isBlank(), names);
        }
    }
}
