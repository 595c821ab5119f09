package lstmbench.datasets.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.named.DataDirectory;
import lstmbench.datasets.named.NamedDataset;
import lstmbench.datasets.specstring.ParameterInfo;
import lstmbench.datasets.specstring.SpecParameters;
import lstmbench.datasets.specstring.SpecString;

/**
 * A named real dataset.
 *
 * <p>One of the named real datasets, optionally with another missing-value policy:
 * {@code pollution-pm25} or {@code pollution-pm25?missing=drop}.
 *
 * @param dataset which one
 * @param missing the missing-value policy (the dataset's default unless the spec says otherwise)
 */
public record NamedSpec(NamedDataset dataset, MissingPolicy missing) implements DatasetSpec {

    public NamedSpec {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(missing, "missing");
    }

    /** The one key of a named dataset's specification, defaulting to the dataset's own policy. */
    public static List<ParameterInfo> parameters(NamedDataset dataset) {
        return List.of(new ParameterInfo(
                "missing",
                "missing cells: error, drop or interpolate",
                SpecParameters.format(dataset.defaultMissing())));
    }

    @Override
    public TimeSeries load(DataDirectory data) {
        return dataset.load(data, missing);
    }

    @Override
    public String text() {
        return new SpecString(
                        dataset.specName(),
                        missing == dataset.defaultMissing()
                                ? Map.of()
                                : Map.of("missing", SpecParameters.format(missing)))
                .text();
    }
}
