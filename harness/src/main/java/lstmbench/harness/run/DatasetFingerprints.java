package lstmbench.harness.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lstmbench.datasets.csv.CsvOrigin;
import lstmbench.datasets.spec.CsvSpec;
import lstmbench.datasets.spec.DatasetSpecs;
import lstmbench.harness.cli.BadInputException;
import lstmbench.report.results.DatasetFingerprint;

/**
 * SHA-256 fingerprints of an experiment's datasets, recorded in manifest.json so that --resume can
 * refuse to add runs on data that changed since the interrupted run (a CSV file edited, a named
 * dataset replaced): runs.csv would otherwise mix two different series under one dataset name.
 * Each series loaded is fingerprinted under the specification it was loaded from (a {@code seed=run}
 * dataset once per seed, as {@code seed=S}).
 */
public final class DatasetFingerprints {
    private DatasetFingerprints() {}

    /** The fingerprint of every dataset of the plan, in the plan's order. */
    public static List<DatasetFingerprint> of(ExperimentPlan plan) {
        List<DatasetFingerprint> fingerprints = new ArrayList<>();
        for (ExperimentPlan.PreparedDataset d : plan.datasets()) {
            fingerprints.add(of(d));
        }
        return fingerprints;
    }

    static DatasetFingerprint of(ExperimentPlan.PreparedDataset d) {
        MessageDigest digest = sha256();
        ByteBuffer bits = ByteBuffer.allocate(Double.BYTES);
        for (int i = 0; i < d.series().length(); i++) {
            bits.clear();
            bits.putDouble(d.series().value(i));
            digest.update(bits.array());
        }
        String values = HexFormat.of().formatHex(digest.digest());
        Optional<String> file = DatasetSpecs.parse(d.loadedSpec()) instanceof CsvSpec csv
                        && csv.source().origin() instanceof CsvOrigin.OnDisk disk
                ? Optional.of(fileSha256(disk.path()))
                : Optional.empty();
        return new DatasetFingerprint(d.loadedSpec(), values, file);
    }

    /**
     * Refuses (exit code 2) when a dataset's values or CSV file differ from those recorded; datasets
     * the record does not list (a folder written before fingerprints were kept) are not checked.
     */
    public static void requireUnchanged(Path dir, List<DatasetFingerprint> recorded, List<DatasetFingerprint> now) {
        Map<String, DatasetFingerprint> before = recorded.stream()
                .collect(Collectors.toMap(DatasetFingerprint::dataset, Function.identity(), (a, b) -> a));
        for (DatasetFingerprint current : now) {
            DatasetFingerprint earlier = before.get(current.dataset());
            if (earlier == null) {
                continue;
            }
            String what = null;
            if (earlier.fileSha256().isPresent()
                    && current.fileSha256().isPresent()
                    && !earlier.fileSha256().equals(current.fileSha256())) {
                what = "its file (SHA-256 " + earlier.fileSha256().get() + ", now "
                        + current.fileSha256().get() + ")";
            } else if (!earlier.valuesSha256().equals(current.valuesSha256())) {
                what = "its values (SHA-256 " + earlier.valuesSha256() + ", now " + current.valuesSha256() + ")";
            }
            if (what != null) {
                throw new BadInputException("cannot resume " + dir + ": dataset " + current.dataset()
                        + " changed since the interrupted run: " + what + "; restore the data, or run without"
                        + " --resume to start over");
            }
        }
    }

    private static String fileSha256(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(IoMessages.plain("cannot read the dataset file", file, e));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
