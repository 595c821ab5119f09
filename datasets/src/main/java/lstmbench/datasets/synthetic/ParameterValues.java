package lstmbench.datasets.synthetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lstmbench.datasets.DatasetException;

/**
 * Raw parameter text for one generator, read as typed numbers.
 *
 * <p>The key=value pairs of one generator's specification string, checked against the generator's
 * declared parameters (unknown keys are errors, absent keys take their defaults) and converted to
 * numbers with messages that name the generator, the parameter and the offending text. Used only
 * inside this module: what leaves it is the typed SyntheticProcess record.
 */
public final class ParameterValues {
  private final String owner;
  private final Map<String, String> given;
  private final List<ParameterInfo> declared;

  /**
   * @param owner e.g. {@code generator 'seasonal-ar'}, used in messages
   * @param given the keys and values from the specification string
   * @param declared the parameters the owner accepts
   */
  public ParameterValues(String owner, Map<String, String> given, List<ParameterInfo> declared) {
    this.owner = owner;
    this.given = Map.copyOf(given);
    this.declared = List.copyOf(declared);
    List<String> names = declared.stream().map(ParameterInfo::name).toList();
    for (String key : given.keySet()) {
      if (!names.contains(key)) {
        throw new DatasetException(
            "Unknown parameter '" + key + "' for " + owner + ": expected one of "
                + String.join(", ", names));
      }
    }
  }

  private String text(String name) {
    String value = given.get(name);
    if (value != null) {
      return value;
    }
    return declared.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(owner + " does not declare parameter " + name))
        .defaultValue();
  }

  private static final String NUMBER = "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?";

  /** The parameter as a finite double. */
  public double number(String name) {
    String text = text(name).trim();
    if (text.matches(NUMBER) && Double.isFinite(Double.parseDouble(text))) {
      return Double.parseDouble(text);
    }
    throw new DatasetException(
        "Parameter '" + name + "' of " + owner + " must be a finite number, got '" + text + "'");
  }

  /** The parameter as an int (digits only, optional sign). */
  public int integer(String name) {
    long value = longInteger(name);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new DatasetException(
          "Parameter '" + name + "' of " + owner + " must fit in a 32-bit integer, got " + value);
    }
    return (int) value;
  }

  /** The parameter as a long (digits only, optional sign). */
  public long longInteger(String name) {
    String text = text(name).trim();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new DatasetException(
          "Parameter '" + name + "' of " + owner + " must be an integer, got '" + text + "'", e);
    }
  }

  /** The parameter as a comma-separated list of finite doubles, e.g. {@code 24,168}. */
  public List<Double> numbers(String name) {
    String text = text(name).trim();
    List<Double> values = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String trimmed = part.trim();
      if (!trimmed.matches(NUMBER) || !Double.isFinite(Double.parseDouble(trimmed))) {
        throw new DatasetException(
            "Parameter '" + name + "' of " + owner + " must be a comma-separated list of numbers,"
                + " got '" + text + "' (bad element '" + part + "')");
      }
      values.add(Double.parseDouble(trimmed));
    }
    return List.copyOf(values);
  }

  /** A number in specification-string form: {@code 1} for 1.0, {@code 0.9} for 0.9. */
  public static String format(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A list of numbers in specification-string form, e.g. {@code 24,168}. */
  public static String format(List<Double> values) {
    return values.stream().map(ParameterValues::format).collect(Collectors.joining(","));
  }

  /** Throws a {@link DatasetException} naming the owner and parameter unless {@code ok}. */
  public static void require(boolean ok, String generator, String parameter, String expectation, Object got) {
    if (!ok) {
      throw new DatasetException(
          "Parameter '" + parameter + "' of generator '" + generator + "' must be " + expectation
              + ", got " + got);
    }
  }
}
