package lstmbench.datasets.spec;

import java.util.Objects;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.named.DataDirectory;
import lstmbench.datasets.named.NamedDataset;

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

  @Override
  public TimeSeries load(DataDirectory data) {
    return dataset.load(data, missing);
  }

  @Override
  public String text() {
    return missing == dataset.defaultMissing()
        ? dataset.specName()
        : dataset.specName() + "?missing=" + missing.text();
  }
}
