package lstmbench.report.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import lstmbench.report.results.Manifest;

/**
 * Reads and writes manifest.json with Jackson, atomically.
 *
 * <p>manifest.json: pretty-printed, times as ISO-8601 text, absent values as JSON null.
 */
public final class ManifestFile {
    public static final String FILE_NAME = "manifest.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();

    private ManifestFile() {}

    public static Path path(Path resultsDir) {
        return resultsDir.resolve(FILE_NAME);
    }

    public static void write(Path resultsDir, Manifest manifest) throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(manifest);
        AtomicFiles.write(path(resultsDir), out -> out.write(json));
    }

    public static Manifest read(Path resultsDir) throws IOException {
        Path file = path(resultsDir);
        if (!Files.isRegularFile(file)) {
            throw new ResultsFormatException(file + ": file not found");
        }
        try {
            return MAPPER.readValue(file.toFile(), Manifest.class);
        } catch (JacksonException malformed) {
            throw new ResultsFormatException(
                    file + ": " + malformed.getOriginalMessage() + locationOf(malformed), malformed);
        }
    }

    public static Optional<Manifest> readIfPresent(Path resultsDir) throws IOException {
        return Files.exists(path(resultsDir)) ? Optional.of(read(resultsDir)) : Optional.empty();
    }

    private static String locationOf(JacksonException malformed) {
        return malformed.getLocation() == null
                ? ""
                : " (line " + malformed.getLocation().getLineNr() + ", column "
                        + malformed.getLocation().getColumnNr() + ")";
    }
}
