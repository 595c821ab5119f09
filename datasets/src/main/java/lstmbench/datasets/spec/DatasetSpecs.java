package lstmbench.datasets.spec;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.csv.ColumnSelector;
import lstmbench.datasets.csv.CsvSource;
import lstmbench.datasets.csv.HeaderRow;
import lstmbench.datasets.named.NamedDataset;
import lstmbench.datasets.specstring.SpecException;
import lstmbench.datasets.specstring.SpecParameters;
import lstmbench.datasets.specstring.SpecString;
import lstmbench.datasets.synthetic.Generator;

/**
 * Parses specification strings.
 *
 * <p>Parses dataset specification strings into typed DatasetSpec values.
 *
 * <pre>
 * synthetic:NAME[?key=value&amp;...]     generator NAME; keys: its parameters plus length and seed
 * csv:PATH?column=C[&amp;missing=error|drop|interpolate][&amp;time=T][&amp;delimiter=D][&amp;header=present|absent]
 * NAME[?missing=...]                  a named real dataset (pollution-temp, pollution-pm25,
 *                                     melbourne-min-temp, sunspots)
 * </pre>
 *
 * <p>Columns are header names, or 0-based indices when all digits. The string is split by the
 * shared SpecString parser and its values read by SpecParameters (the same ones strategy
 * specifications use). Unknown generators, datasets or keys, repeated keys and non-numeric values
 * are errors whose message quotes the whole specification.
 */
public final class DatasetSpecs {

  static final String SYNTHETIC = "synthetic:";
  static final String CSV = "csv:";

  private DatasetSpecs() {}

  /**
   * Parses and loads in one step, reading named datasets as {@link
   * lstmbench.datasets.named.DataDirectory#fromEnvironment()} says.
   */
  public static TimeSeries load(String spec) {
    return parse(spec).load();
  }

  /** Parses a specification string; every malformed one is a {@link DatasetException}. */
  public static DatasetSpec parse(String spec) {
    String text = spec == null ? "" : spec.trim();
    if (text.isEmpty()) {
      throw new DatasetException("Empty dataset specification: expected " + expectedForms());
    }
    try {
      SpecString parsed = SpecString.parse(text);
      if (parsed.name().startsWith(SYNTHETIC)) {
        return synthetic(parsed.name().substring(SYNTHETIC.length()).trim(), parsed.parameters());
      }
      if (parsed.name().startsWith(CSV)) {
        return csv(parsed.name().substring(CSV.length()).trim(), parsed.parameters());
      }
      return named(parsed);
    } catch (DatasetException | SpecException e) {
      throw new DatasetException("Dataset specification '" + text + "': " + e.getMessage(), e);
    }
  }

  private static String expectedForms() {
    return "synthetic:NAME?key=value&..., csv:PATH?column=..., or a named dataset ("
        + Arrays.stream(NamedDataset.values()).map(NamedDataset::specName).collect(Collectors.joining(", "))
        + ")";
  }

  private static SyntheticSpec synthetic(String name, Map<String, String> given) {
    if (name.isEmpty()) {
      throw new DatasetException("missing generator name after 'synthetic:'; expected one of "
          + Arrays.stream(Generator.values()).map(Generator::specName).collect(Collectors.joining(", ")));
    }
    Generator generator = Generator.byName(name);
    SpecParameters values = generator.read(given);
    return new SyntheticSpec(generator.create(values), values.integer("length"), values.longInteger("seed"));
  }

  private static CsvSpec csv(String path, Map<String, String> given) {
    if (path.isEmpty()) {
      throw new DatasetException("missing file path after 'csv:'; expected csv:PATH?column=NAME");
    }
    Path file;
    try {
      file = Path.of(path);
    } catch (InvalidPathException e) {
      throw new DatasetException("'" + path + "' is not a valid file path", e);
    }
    SpecParameters values = new SpecParameters("csv", given, CsvSpec.PARAMETERS);
    CsvSource source = CsvSource.of(file, ColumnSelector.parse(values.text("column")))
        .withMissing(values.choice("missing", MissingPolicy.class))
        .withDelimiter(DelimiterNames.parse(values.text("delimiter")))
        .withHeader(values.choice("header", HeaderRow.class));
    return new CsvSpec(values.optionalText("time").map(t -> source.withTimeColumn(ColumnSelector.parse(t)))
        .orElse(source));
  }

  private static NamedSpec named(SpecString parsed) {
    String name = parsed.name();
    int colon = name.indexOf(':');
    if (colon >= 0) {
      throw new DatasetException(
          "unknown kind '" + name.substring(0, colon + 1) + "': expected " + expectedForms());
    }
    NamedDataset dataset = NamedDataset.find(name).orElseThrow(() -> new DatasetException(
        "unknown dataset '" + name + "': expected " + expectedForms()));
    SpecParameters values = new SpecParameters(
        "named dataset '" + dataset.specName() + "'", parsed.parameters(), NamedSpec.parameters(dataset));
    return new NamedSpec(dataset, values.choice("missing", MissingPolicy.class));
  }
}
