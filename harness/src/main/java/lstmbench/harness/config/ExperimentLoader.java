package lstmbench.harness.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an experiment from a YAML file or a preset shipped in the jar
 * (resources/presets/NAME.yaml), turning every problem into a ConfigException that names the
 * source, line and column.
 *
 * <p>Messages are the loader's own words, never the YAML library's: a syntax error gives the
 * problem and the line and column where the parser found it; a value of the wrong kind says what
 * the key expects ("a list of numbers") and what it found; a missing required key is named with
 * its path; a key given twice in one mapping is refused (it would otherwise silently take the
 * last value).
 */
public final class ExperimentLoader {
    /** The presets shipped in the jar, in the order `--help` lists them. */
    public static final List<String> PRESETS = List.of(
            "quick", "seed-question", "seed-question-updates", "memory-sweep", "memory-followup", "real-data", "asker");

    private static final ObjectMapper YAML = new ObjectMapper(
                    new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private ExperimentLoader() {}

    /** A preset name, or a path to a YAML file. */
    public static ExperimentConfig load(String presetOrPath) {
        if (PRESETS.contains(presetOrPath)) {
            return preset(presetOrPath);
        }
        Path path = Path.of(presetOrPath);
        if (presetOrPath.endsWith(".yaml") || presetOrPath.endsWith(".yml") || Files.exists(path)) {
            return file(path);
        }
        throw new ConfigException("unknown preset '" + presetOrPath + "': valid presets are "
                + String.join(", ", PRESETS) + ", or give the path of an experiment .yaml file");
    }

    public static ExperimentConfig preset(String name) {
        String resource = "/presets/" + name + ".yaml";
        try (InputStream in = ExperimentLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("preset '" + name + "' is missing from the jar (" + resource + ")");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "preset " + name);
        } catch (IOException e) {
            throw new ConfigException("preset " + name + ": " + e.getMessage(), e);
        }
    }

    public static ExperimentConfig file(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException(path + ": no such experiment file");
        }
        try {
            return parse(Files.readString(path), path.toString());
        } catch (IOException e) {
            throw new ConfigException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses and validates YAML text; {@code source} names it in messages. */
    public static ExperimentConfig parse(String yaml, String source) {
        try {
            return validate(YAML.readValue(yaml, ExperimentConfig.class), source);
        } catch (JsonProcessingException e) {
            throw describe(e, yaml, source);
        }
    }

    private static ConfigException describe(JsonProcessingException e, String yaml, String source) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException syntax) {
                return new ConfigException(syntaxError(syntax, source), e);
            }
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1
                ? source
                : source + ": line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (e instanceof UnrecognizedPropertyException u) {
            // records are built after their whole mapping is read, so Jackson's location is the
            // mapping's end: find the key in the text instead
            where = lineOfKey(yaml, u.getPropertyName())
                    .map(line -> source + ": line " + line)
                    .orElse(where);
            String known = u.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return new ConfigException(
                    where + ": unknown key '" + u.getPropertyName() + "'; expected one of: " + known, e);
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher duplicate =
                Pattern.compile("Duplicate field '([^']*)'").matcher(original);
        if (duplicate.find()) {
            return new ConfigException(
                    where + ": key '" + duplicate.group(1) + "' is given twice in the same"
                            + " mapping; give each key once",
                    e);
        }
        String path = e instanceof JsonMappingException m ? path(m) : "";
        java.util.regex.Matcher missing =
                Pattern.compile("Missing required creator property '([^']*)'").matcher(original);
        if (missing.find()) {
            String key = path.isEmpty()
                    ? missing.group(1)
                    : path.endsWith(missing.group(1)) ? path : path + "." + missing.group(1);
            String section = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "";
            where = section.isEmpty()
                    ? source
                    : lineOfKey(yaml, section)
                            .map(line -> source + ": line " + line)
                            .orElse(source);
            return new ConfigException(where + ": missing required key '" + key + "'", e);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new ConfigException(
                    where + (path.isEmpty() ? "" : ", at '" + path + "'") + ": expected " + expected(m.getTargetType())
                            + ", found " + found(m),
                    e);
        }
        // any other library message: its first line, without Java type names
        String first = original.lines().findFirst().orElse("not a valid experiment");
        return new ConfigException(
                where + (path.isEmpty() ? "" : ", at '" + path + "'") + ": " + first.replaceAll("`[^`]*`", "a value"),
                e);
    }

    /** "FILE: line L, column C: PROBLEM" for a YAML syntax error, at the place the parser stopped. */
    private static String syntaxError(MarkedYAMLException syntax, String source) {
        Mark mark = syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
        String where = mark == null
                ? source
                : source + ": line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        String problem = syntax.getProblem() == null ? "malformed YAML" : syntax.getProblem();
        if (problem.contains("(TAB)")) {
            problem = "a tab character, which YAML does not allow for indentation; indent with spaces";
        } else if (syntax.getContext() != null && !syntax.getContext().isBlank()) {
            Mark begun = syntax.getContextMark();
            problem += " (" + syntax.getContext()
                    + (begun == null || begun == mark
                            ? ""
                            : " begun at line " + (begun.getLine() + 1) + ", column " + (begun.getColumn() + 1))
                    + ")";
        }
        return where + ": " + problem.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** What a key of this Java type takes, in the user's words. */
    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list in square brackets";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getFields())
                            .filter(java.lang.reflect.Field::isEnumConstant)
                            .map(f -> f.getAnnotation(JsonProperty.class) == null
                                    ? f.getName()
                                    : f.getAnnotation(JsonProperty.class).value())
                            .collect(Collectors.joining(", "));
        }
        return "a mapping of keys to values (key: value)";
    }

    /** What the parser stood on when the value did not fit, in the user's words. */
    private static String found(MismatchedInputException m) {
        if (!(m.getProcessor() instanceof JsonParser parser)) {
            return "another kind of value";
        }
        JsonToken token = parser.currentToken();
        String text;
        try {
            text = parser.getText();
        } catch (IOException | RuntimeException unavailable) {
            text = null;
        }
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY, END_ARRAY -> "a list";
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "a mapping";
            case VALUE_STRING -> "'" + text + "'";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> text;
            case VALUE_NULL -> "nothing";
            default -> "another kind of value";
        };
    }

    private static Optional<Integer> lineOfKey(String yaml, String key) {
        Pattern p = Pattern.compile("^[\\s-]*[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        String[] lines = yaml.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** The key path of a mapping error, e.g. {@code model.hiddenSize} or {@code seeds[2]}. */
    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** Exactly one budget: `epochs: N` at the top, or a `budget:` block with exactly one positive key. */
    private static void validateBudget(ExperimentConfig c, String at) {
        ExperimentConfig.BudgetConfig b = c.budget();
        if (b == null) {
            if (c.epochs() == null) {
                throw new ConfigException(at + "no training budget: give epochs: N, or a budget: block with one of "
                        + "epochs, updates, timesteps or seconds");
            }
            if (c.epochs() < 1) {
                throw new ConfigException(at + "epochs must be >= 1, got " + c.epochs());
            }
            return;
        }
        if (c.epochs() != null) {
            throw new ConfigException(at + "epochs: " + c.epochs() + " and a budget: block both set the budget; "
                    + "keep one (budget: {epochs: N} is the same as epochs: N)");
        }
        if (b.keysGiven() != 1) {
            throw new ConfigException(
                    at + "budget must give exactly one of epochs, updates, timesteps or seconds, got " + b.keysGiven());
        }
        if (b.epochs() != null && b.epochs() < 1) {
            throw new ConfigException(at + "budget.epochs must be >= 1, got " + b.epochs());
        }
        if (b.updates() != null && b.updates() < 1) {
            throw new ConfigException(at + "budget.updates must be >= 1, got " + b.updates());
        }
        if (b.timesteps() != null && b.timesteps() < 1) {
            throw new ConfigException(at + "budget.timesteps must be >= 1, got " + b.timesteps());
        }
        if (b.seconds() != null && !(b.seconds() > 0 && Double.isFinite(b.seconds()))) {
            throw new ConfigException(at + "budget.seconds must be a positive number, got " + b.seconds());
        }
    }

    private static final List<String> ACTIVATIONS = List.of("tanh", "relu", "identity");

    private static void validateHead(ExperimentConfig.HeadConfig head, String at) {
        for (Integer width : head.hidden()) {
            if (width == null || width < 1) {
                throw new ConfigException(at + "model.head.hidden must list layer widths >= 1, got " + head.hidden());
            }
        }
        if (!ACTIVATIONS.contains(head.activation())) {
            throw new ConfigException(at + "model.head.activation must be one of " + String.join(", ", ACTIVATIONS)
                    + ", got '" + head.activation() + "'");
        }
        if (!ACTIVATIONS.contains(head.output())) {
            throw new ConfigException(at + "model.head.output must be one of " + String.join(", ", ACTIVATIONS)
                    + ", got '" + head.output() + "'");
        }
    }

    /** Checks what can be checked without data: sizes, counts and ranges. */
    static ExperimentConfig validate(ExperimentConfig c, String source) {
        String at = source + ": ";
        if (c.name() == null || !c.name().matches("[A-Za-z0-9._-]+")) {
            throw new ConfigException(at + "name must be letters, digits, '.', '_' or '-', got '" + c.name() + "'");
        }
        if (c.datasets().isEmpty()) {
            throw new ConfigException(at + "datasets must list at least one dataset specification");
        }
        if (c.strategies().isEmpty()) {
            throw new ConfigException(at + "strategies must list at least one strategy");
        }
        if (c.learningRates().isEmpty()) {
            throw new ConfigException(at + "learningRates must list at least one learning rate");
        }
        for (double lr : c.learningRates()) {
            if (!(lr > 0) || Double.isInfinite(lr)) {
                throw new ConfigException(at + "learning rate " + lr + " must be a positive number");
            }
        }
        requireDistinctLearningRates(c, at);
        validateBudget(c, at);
        if (c.selection().patience() < 0) {
            throw new ConfigException(at + "selection.patience must be >= 0 (0: no early stopping), got "
                    + c.selection().patience());
        }
        if (c.seeds().isEmpty()) {
            throw new ConfigException(at + "seeds must list at least one seed");
        }
        if (c.seeds().stream().distinct().count() != c.seeds().size()) {
            throw new ConfigException(at + "seeds must be distinct, got " + c.seeds());
        }
        if (c.model().hiddenSize() < 1) {
            throw new ConfigException(
                    at + "model.hiddenSize must be >= 1, got " + c.model().hiddenSize());
        }
        if (c.model().layers() != 1) {
            throw new ConfigException(at + "model.layers: only 1 layer is implemented, got "
                    + c.model().layers());
        }
        validateHead(c.model().head(), at);
        if (!(c.optimizer().clipNorm() > 0)) {
            throw new ConfigException(
                    at + "optimizer.clipNorm must be > 0, got " + c.optimizer().clipNorm());
        }
        if (!(c.optimizer().momentum() >= 0 && c.optimizer().momentum() < 1)) {
            throw new ConfigException(at + "optimizer.momentum must be in [0, 1), got "
                    + c.optimizer().momentum());
        }
        if (c.evaluation().window() < 1) {
            throw new ConfigException(
                    at + "evaluation.window must be >= 1, got " + c.evaluation().window());
        }
        if (c.evaluation().sensitivityLags() < 0) {
            throw new ConfigException(at + "evaluation.sensitivityLags must be >= 0, got "
                    + c.evaluation().sensitivityLags());
        }
        double sum = c.split().train() + c.split().validation() + c.split().test();
        if (Math.abs(sum - 1) > 1e-9
                || c.split().train() <= 0
                || c.split().validation() <= 0
                || c.split().test() <= 0) {
            BigDecimal exact = BigDecimal.valueOf(c.split().train())
                    .add(BigDecimal.valueOf(c.split().validation()))
                    .add(BigDecimal.valueOf(c.split().test()));
            throw new ConfigException(at + "split fractions must be positive and add up to 1, got "
                    + c.split().train() + " + " + c.split().validation() + " + "
                    + c.split().test() + " = "
                    + exact.stripTrailingZeros().toPlainString());
        }
        return c;
    }

    /**
     * Refuses a learning rate listed twice, compared as numbers (0.01 and 1e-2 are the same): two
     * runs of one group would share a run id and both be chosen for test.
     */
    static void requireDistinctLearningRates(ExperimentConfig c, String at) {
        List<Double> rates = c.learningRates();
        for (int i = 0; i < rates.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (rates.get(i).doubleValue() == rates.get(j).doubleValue()) {
                    throw new ConfigException(at + "learningRates lists " + rates.get(i) + " twice (entries " + (j + 1)
                            + " and " + (i + 1) + "); give each learning rate once");
                }
            }
        }
    }
}
