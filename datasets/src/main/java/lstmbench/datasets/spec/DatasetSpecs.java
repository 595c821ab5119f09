// Parses dataset specification strings into typed DatasetSpec values.
//
//   synthetic:NAME[?key=value&...]     generator NAME; keys: its parameters plus length and seed
//   csv:PATH?column=C[&missing=error|drop|interpolate][&time=T][&delimiter=D][&header=present|absent]
//   NAME[?missing=...]                  a named real dataset (pollution-temp, pollution-pm25,
//                                       melbourne-min-temp, sunspots)
//
// Columns are header names, or 0-based indices when all digits. Values are taken literally (no
// percent-decoding). Unknown generators, datasets or keys, repeated keys and non-numeric values are
// errors whose message quotes the whole specification.
package lstmbench.datasets.spec;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.csv.ColumnSelector;
import lstmbench.datasets.csv.CsvSource;
import lstmbench.datasets.csv.HeaderRow;
import lstmbench.datasets.named.NamedDataset;
import lstmbench.datasets.synthetic.Generator;
import lstmbench.datasets.synthetic.ParameterValues;

/** Parses specification strings. */
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
      if (text.startsWith(SYNTHETIC)) {
        return synthetic(text.substring(SYNTHETIC.length()), text);
      }
      if (text.startsWith(CSV)) {
        return csv(text.substring(CSV.length()), text);
      }
      return named(text);
    } catch (DatasetException e) {
      if (e.getMessage().startsWith("Dataset specification '")) {
        throw e;
      }
      throw new DatasetException("Dataset specification '" + text + "': " + e.getMessage(), e);
    }
  }

  private static String expectedForms() {
    return "synthetic:NAME?key=value&..., csv:PATH?column=..., or a named dataset ("
        + Arrays.stream(NamedDataset.values()).map(NamedDataset::specName).collect(Collectors.joining(", "))
        + ")";
  }

  private static SyntheticSpec synthetic(String rest, String spec) {
    String[] parts = splitQuery(rest);
    if (parts[0].isEmpty()) {
      throw new DatasetException("missing generator name after 'synthetic:'; expected one of "
          + Arrays.stream(Generator.values()).map(Generator::specName).collect(Collectors.joining(", ")));
    }
    Generator generator = Generator.byName(parts[0]);
    Map<String, String> query = query(parts[1]);
    Map<String, String> common = new HashMap<>();
    for (String key : List.of("length", "seed")) {
      Optional.ofNullable(query.remove(key)).ifPresent(value -> common.put(key, value));
    }
    ParameterValues commonValues = new ParameterValues(
        "generator '" + generator.specName() + "'", common, Generator.COMMON_PARAMETERS);
    return new SyntheticSpec(
        generator.create(query), commonValues.integer("length"), commonValues.longInteger("seed"));
  }

  private static CsvSpec csv(String rest, String spec) {
    String[] parts = splitQuery(rest);
    if (parts[0].isEmpty()) {
      throw new DatasetException("missing file path after 'csv:'; expected csv:PATH?column=NAME");
    }
    Path file;
    try {
      file = Path.of(parts[0]);
    } catch (InvalidPathException e) {
      throw new DatasetException("'" + parts[0] + "' is not a valid file path", e);
    }
    Map<String, String> query = query(parts[1]);
    requireKnownKeys(query, List.of("column", "missing", "time", "delimiter", "header"), "csv");
    String column = query.get("column");
    if (column == null) {
      throw new DatasetException(
          "missing parameter 'column': expected column=NAME or column=INDEX (0-based)");
    }
    CsvSource source = CsvSource.of(file, ColumnSelector.parse(column));
    if (query.containsKey("missing")) {
      source = source.withMissing(MissingPolicy.parse(query.get("missing")));
    }
    if (query.containsKey("time")) {
      source = source.withTimeColumn(ColumnSelector.parse(query.get("time")));
    }
    if (query.containsKey("delimiter")) {
      source = source.withDelimiter(DelimiterNames.parse(query.get("delimiter"), spec));
    }
    if (query.containsKey("header")) {
      source = source.withHeader(header(query.get("header")));
    }
    return new CsvSpec(source);
  }

  private static HeaderRow header(String text) {
    return switch (text) {
      case "present" -> HeaderRow.PRESENT;
      case "absent" -> HeaderRow.ABSENT;
      default -> throw new DatasetException(
          "header '" + text + "' is not valid: expected present or absent");
    };
  }

  private static NamedSpec named(String text) {
    String[] parts = splitQuery(text);
    int colon = parts[0].indexOf(':');
    if (colon >= 0) {
      throw new DatasetException(
          "unknown kind '" + parts[0].substring(0, colon + 1) + "': expected " + expectedForms());
    }
    NamedDataset dataset = NamedDataset.find(parts[0]).orElseThrow(() -> new DatasetException(
        "unknown dataset '" + parts[0] + "': expected " + expectedForms()));
    Map<String, String> query = query(parts[1]);
    requireKnownKeys(query, List.of("missing"), "named dataset '" + dataset.specName() + "'");
    MissingPolicy missing = query.containsKey("missing")
        ? MissingPolicy.parse(query.get("missing"))
        : dataset.defaultMissing();
    return new NamedSpec(dataset, missing);
  }

  /** {@code [before '?', after '?' or ""]}. */
  private static String[] splitQuery(String text) {
    int question = text.indexOf('?');
    return question < 0
        ? new String[] {text.trim(), ""}
        : new String[] {text.substring(0, question).trim(), text.substring(question + 1)};
  }

  private static Map<String, String> query(String query) {
    Map<String, String> values = new LinkedHashMap<>();
    if (query.isBlank()) {
      return values;
    }
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new DatasetException(
            "malformed parameter '" + pair + "': expected key=value pairs separated by '&'");
      }
      String key = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      if (value.isEmpty()) {
        throw new DatasetException("parameter '" + key + "' has no value: expected " + key + "=VALUE");
      }
      if (values.put(key, value) != null) {
        throw new DatasetException("parameter '" + key + "' is given more than once");
      }
    }
    return values;
  }

  private static void requireKnownKeys(Map<String, String> query, List<String> known, String owner) {
    for (String key : query.keySet()) {
      if (!known.contains(key)) {
        throw new DatasetException(
            "Unknown parameter '" + key + "' for " + owner + ": expected one of "
                + String.join(", ", known));
      }
    }
  }
}
