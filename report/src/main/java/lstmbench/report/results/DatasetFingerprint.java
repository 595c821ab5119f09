package lstmbench.report.results;

import java.util.Objects;
import java.util.Optional;

/**
 * What a dataset held when an experiment started, so that a resumed run can tell it changed.
 *
 * <p>SHA-256 digests (lower-case hex) of one dataset of an experiment.
 *
 * @param dataset      the dataset specification string, as in runs.csv
 * @param valuesSha256 digest of the loaded series' values: each value's IEEE-754 double bits,
 *                     big-endian, in series order
 * @param fileSha256   digest of the CSV file's bytes, for {@code csv:} datasets; empty otherwise
 */
public record DatasetFingerprint(String dataset, String valuesSha256, Optional<String> fileSha256) {
    public DatasetFingerprint {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(valuesSha256, "valuesSha256");
        Objects.requireNonNull(fileSha256, "fileSha256");
    }
}
