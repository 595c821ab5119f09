package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lstmbench.harness.run.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input a user can give, fed through the command line (LstmBench.commandLine(),
 * as main runs it, with System.out and System.err captured as well as the command's own writers):
 * each must end with exit code 2, exactly one line on stderr naming the problem, nothing on
 * stdout, no stack trace or library type name, and nothing written (the case's folder and the
 * working directory are unchanged). Faults that need a mounted file system (a full disk, a
 * read-only one) are in FaultInjectionTest.
 */
class BadInputTest {
    /** A valid experiment; the cases edit it. One tiny group, so the accepted case below is quick. */
    static final String VALID = """
            name: valid
            datasets:
              - "synthetic:seasonal-ar?lag=4&length=200&seed=3"
            strategies:
              - "sliding-window?window=8&batch=16"
            model: {hiddenSize: 4, layers: 1}
            learningRates: [0.01]
            epochs: 1
            seeds: [1]
            evaluation: {window: 8}
            """;

    /** Java, Jackson, SnakeYAML, univocity, Tablesaw, picocli or ND4J names in a message. */
    private static final Pattern LIBRARY_NAMES = Pattern.compile(
            "java\\.|javax\\.|com\\.fasterxml|org\\.yaml|univocity|tablesaw|picocli|org\\.nd4j|Exception|"
                    + "\\tat |CoercionConfig|creator property|JsonToken|Parser Configuration|`");

    /** A prepared folder: the files to write into it (path relative to it, content) and the arguments. */
    record Case(String name, Map<String, String> files, List<String> args, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case yaml(String name, String yaml, String expected, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "DIR/e.yaml", "--out", "DIR/out"));
        args.addAll(List.of(extra));
        return new Case(name, Map.of("e.yaml", yaml), args, expected);
    }

    private static Case edit(String name, String from, String to, String expected, String... extra) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException(name + ": '" + from + "' is not in the valid experiment");
        }
        return yaml(name, VALID.replace(from, to), expected, extra);
    }

    private static Case cli(String name, Map<String, String> files, String expected, String... args) {
        return new Case(name, files, List.of(args), expected);
    }

    private static final String CSV = "value\n" + "1.5\n".repeat(300);

    static List<Case> cases() {
        String wideRow = "1" + ",1".repeat(10_050) + "\n";
        return List.of(
                // the model does not fit the machine: refused from an estimate, before ND4J allocates
                edit(
                        "model size beyond memory",
                        "hiddenSize: 4",
                        "hiddenSize: 100000",
                        "model.hiddenSize 100000 needs at least"),
                // duplicates
                edit("same learning rate twice", "[0.01]", "[0.01, 0.01]", "learningRates lists 0.01 twice"),
                edit("same learning rate in two spellings", "[0.01]", "[0.01, 1e-2]", "learningRates lists 0.01 twice"),
                edit("same seed twice", "seeds: [1]", "seeds: [1, 1]", "seeds must be distinct"),
                cli(
                        "same dataset twice",
                        Map.of("e.yaml", VALID),
                        "datasets lists the same entry twice",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/out",
                        "--data",
                        "synthetic:seasonal-ar?lag=4",
                        "--data",
                        "synthetic:seasonal-ar?lag=4"),
                edit(
                        "same dataset in two spellings",
                        "  - \"synthetic:seasonal-ar?lag=4&length=200&seed=3\"",
                        "  - \"synthetic:seasonal-ar?lag=4&length=200&seed=3\"\n"
                                + "  - \"synthetic:seasonal-ar?seed=3&length=200&lag=4&phi=0.9\"",
                        "datasets lists the same entry twice"),
                edit(
                        "same strategy twice",
                        "  - \"sliding-window?window=8&batch=16\"",
                        "  - \"sliding-window?window=8&batch=16\"\n  - \"sliding-window?batch=16&window=8\"",
                        "strategies lists the same entry twice"),
                cli(
                        "same strategy twice on the command line",
                        Map.of("e.yaml", VALID),
                        "strategies lists the same entry twice",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/out",
                        "--strategies",
                        "chunked-reset,chunked-reset"),
                edit(
                        "duplicated YAML key",
                        "epochs: 1",
                        "epochs: 1\nepochs: 3",
                        "e.yaml: line 9, column 7: key 'epochs' is given twice"),
                edit(
                        "duplicated nested YAML key",
                        "hiddenSize: 4",
                        "hiddenSize: 4, hiddenSize: 8",
                        "key 'hiddenSize' is given twice"),
                // output location
                cli("empty --out", Map.of("e.yaml", VALID), "--out is empty", "run", "DIR/e.yaml", "--out", ""),
                cli(
                        "--out under a regular file",
                        Map.of("e.yaml", VALID, "afile", "x"),
                        "DIR/afile is a file, not a folder",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/afile/out"),
                cli(
                        "--out is a regular file",
                        Map.of("e.yaml", VALID, "afile", "x"),
                        "DIR/afile exists and is not a folder",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/afile"),
                edit(
                        "--resume of a folder that does not exist",
                        "name: valid",
                        "name: valid",
                        "--resume: DIR/out does not exist, so there is nothing to resume",
                        "--resume"),
                cli(
                        "folder holding another experiment's rows",
                        Map.of("e.yaml", VALID, "out/runs.csv", "x,y\n1,2\n"),
                        "choose another --out, or pass --force",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/out"),
                // data that cannot train what it promises
                edit(
                        "lag longer than the training part",
                        "lag=4&length=200",
                        "lag=5000&length=1000",
                        "its best forecast needs the last 5000 steps"),
                edit(
                        "window longer than the training part",
                        "window=8&batch=16",
                        "window=600&batch=16",
                        "does not fit dataset"),
                edit(
                        "streams x chunk larger than the training part",
                        "sliding-window?window=8&batch=16",
                        "stateful-tbptt?chunk=100&streams=8",
                        "is larger than the training part"),
                // CSV files
                cli(
                        "CSV cell over 4096 characters",
                        Map.of("e.yaml", VALID, "d.csv", CSV + "x".repeat(5000) + "\n"),
                        "line 302 of the file has a cell longer than 4096 characters",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/out",
                        "--data",
                        "csv:DIR/d.csv?column=value"),
                cli(
                        "CSV line over 10000 columns",
                        Map.of("e.yaml", VALID, "d.csv", CSV + wideRow),
                        "line 302 of the file has more than 10000 columns",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/out",
                        "--data",
                        "csv:DIR/d.csv?column=value"),
                cli(
                        "CSV file missing",
                        Map.of("e.yaml", VALID),
                        "does not exist: expected a CSV file",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/out",
                        "--data",
                        "csv:DIR/none.csv?column=value"),
                cli(
                        "CSV column missing",
                        Map.of("e.yaml", VALID, "d.csv", CSV),
                        "Column 'temp' (value column) not found",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/out",
                        "--data",
                        "csv:DIR/d.csv?column=temp"),
                cli(
                        "CSV file empty",
                        Map.of("e.yaml", VALID, "d.csv", ""),
                        "is empty",
                        "run",
                        "DIR/e.yaml",
                        "--out",
                        "DIR/out",
                        "--data",
                        "csv:DIR/d.csv?column=value"),
                // YAML types and structure
                edit(
                        "scalar where a list belongs",
                        "[0.01]",
                        "0.01",
                        "at 'learningRates': expected a list in square brackets, found 0.01"),
                edit(
                        "text where a number belongs",
                        "[0.01]",
                        "[fast]",
                        "at 'learningRates[0]': expected a number, found 'fast'"),
                edit(
                        "fraction where a whole number belongs",
                        "epochs: 1",
                        "epochs: 2.5",
                        "at 'epochs': expected a whole number, found 2.5"),
                edit(
                        "epochs without a value and no budget block",
                        "epochs: 1",
                        "epochs:",
                        "e.yaml: no training budget: give epochs: N, or a budget: block"),
                edit(
                        "unknown optimizer",
                        "epochs: 1",
                        "epochs: 1\noptimizer: {type: rmsprop}",
                        "at 'optimizer.type': expected one of adam, sgd, found 'rmsprop'"),
                edit(
                        "split missing a key",
                        "epochs: 1",
                        "epochs: 1\nsplit: {train: 0.7, validation: 0.3}",
                        "missing required key 'split.test'"),
                edit(
                        "no budget at all",
                        "epochs: 1\n",
                        "",
                        "e.yaml: no training budget: give epochs: N, or a budget: block"),
                edit(
                        "split not adding up to 1",
                        "epochs: 1",
                        "epochs: 1\nsplit: {train: 0.7, validation: 0.2," + " test: 0.2}",
                        "add up to 1, got 0.7 + 0.2 + 0.2 = 1.1"),
                edit("unknown key", "epochs: 1", "epochs: 1\nepochz: 1", "line 9: unknown key 'epochz'"),
                edit(
                        "tab indentation",
                        "  - \"sliding-window",
                        "\t- \"sliding-window",
                        "e.yaml: line 5, column 1: a tab character"),
                edit("unclosed list", "epochs: 1\nseeds: [1]", "epochs: 1\nseeds: [1", "e.yaml: line "),
                yaml("empty experiment file", "", "expected a mapping of keys to values"),
                yaml(
                        "experiment file holding a list",
                        "- a\n- b\n",
                        "expected a mapping of keys to values (key: value), found a list"),
                edit("invalid name", "name: valid", "name: my experiment", "name must be letters, digits"),
                edit(
                        "no datasets",
                        "  - \"synthetic:seasonal-ar?lag=4&length=200&seed=3\"\n",
                        "",
                        "datasets must list at least one dataset"),
                edit("two layers", "layers: 1", "layers: 2", "only 1 layer is implemented"),
                edit("hidden size 0", "hiddenSize: 4", "hiddenSize: 0", "model.hiddenSize must be >= 1, got 0"),
                edit(
                        "momentum 1.5",
                        "epochs: 1",
                        "epochs: 1\noptimizer: {type: sgd, momentum: 1.5}",
                        "optimizer.momentum must be in [0, 1), got 1.5"),
                edit(
                        "clipNorm 0",
                        "epochs: 1",
                        "epochs: 1\noptimizer: {clipNorm: 0}",
                        "optimizer.clipNorm must be > 0"),
                edit("evaluation window 0", "{window: 8}", "{window: 0}", "evaluation.window must be >= 1"),
                edit("learning rate 0", "[0.01]", "[0]", "learning rate 0.0 must be a positive number"),
                edit("negative learning rate", "[0.01]", "[-0.01]", "learning rate -0.01 must be a positive number"),
                edit("no seeds", "seeds: [1]", "seeds: []", "seeds must list at least one seed"),
                // specifications
                edit(
                        "unknown generator parameter lists every parameter",
                        "lag=4&",
                        "lag=4&period=3&",
                        "expected one of lag, phi, sigma, length, seed"),
                edit(
                        "unknown strategy",
                        "sliding-window?",
                        "sliding-windows?",
                        "Unknown strategy 'sliding-windows': expected one of sliding-window"),
                edit("unknown dataset generator", "seasonal-ar?lag=4&", "seasonal-arr?", "seasonal-arr"),
                edit("seasonal-ar phi of 1", "lag=4&", "lag=4&phi=1&", "phi"),
                cli("unknown preset", Map.of(), "unknown preset 'quik': valid presets are quick", "run", "quik"),
                cli(
                        "experiment file missing",
                        Map.of(),
                        "DIR/none.yaml: no such experiment file",
                        "run",
                        "DIR/none.yaml"),
                // options
                edit("--epochs 0", "name: valid", "name: valid", "--epochs must be >= 1, got 0", "--epochs", "0"),
                edit("--seeds 0", "name: valid", "name: valid", "--seeds must be >= 1, got 0", "--seeds", "0"),
                edit("--workers 0", "name: valid", "name: valid", "--workers must be >= 1, got 0", "--workers", "0"),
                edit("--workers not a number", "name: valid", "name: valid", "'abc' is not an int", "--workers", "abc"),
                edit("misspelt option", "name: valid", "name: valid", "did you mean --workers?", "--wokers", "2"),
                cli(
                        "unknown command",
                        Map.of(),
                        "unknown command 'rnu': expected run, merge, report, bench, datasets",
                        "rnu"),
                cli("no command", Map.of(), "a command is required"),
                // other commands
                cli(
                        "report of a folder that does not exist",
                        Map.of(),
                        "DIR/none: no such results folder",
                        "report",
                        "DIR/none"),
                cli(
                        "report of a file",
                        Map.of("afile", "x"),
                        "DIR/afile is a file, not a results folder",
                        "report",
                        "DIR/afile"),
                cli(
                        "report of a folder without results",
                        Map.of("empty/notes.txt", "x"),
                        "DIR/empty is not a results folder",
                        "report",
                        "DIR/empty"),
                cli("datasets with a malformed specification", Map.of(), "synthetic:", "datasets", "synthetic:"),
                cli(
                        "datasets with a CSV cell over 4096 characters",
                        Map.of("d.csv", CSV + "x".repeat(5000) + "\n"),
                        "has a cell longer than 4096 characters",
                        "datasets",
                        "csv:DIR/d.csv?column=value"));
    }

    /** Every case, with the placeholder DIR replaced by the case's folder. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithExitCode2OneLineAndNothingWritten(Case c, @TempDir Path dir) throws IOException {
        for (Map.Entry<String, String> file : c.files().entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        String[] args =
                c.args().stream().map(a -> a.replace("DIR", dir.toString())).toArray(String[]::new);
        Map<String, String> before = tree(dir),
                workingDirectoryBefore = tree(Path.of("").toAbsolutePath(), 1);
        CommandLineRunner.Outcome o = runCapturingStandardStreams(args);
        String expected = c.expected().replace("DIR", dir.toString());
        assertOneLineRefusal(o, expected);
        assertEquals(before, tree(dir), "nothing may be written in " + dir);
        assertEquals(
                workingDirectoryBefore,
                tree(Path.of("").toAbsolutePath(), 1),
                "nothing may be written in the working directory");
    }

    @Test
    void aFolderAnotherWriterHoldsIsRefusedNamingItsProcessWritingNothing(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("e.yaml"), VALID);
        try (FolderLock held = FolderLock.acquire(out)) {
            Map<String, String> before = tree(dir);
            CommandLineRunner.Outcome o =
                    runCapturingStandardStreams("run", dir.resolve("e.yaml").toString(), "--out", out.toString());
            assertOneLineRefusal(
                    o, "is in use by process " + ProcessHandle.current().pid());
            assertEquals(before, tree(dir));
            CommandLineRunner.Outcome report = runCapturingStandardStreams("report", out.toString());
            assertOneLineRefusal(
                    report, "is in use by process " + ProcessHandle.current().pid());
            assertEquals(before, tree(dir));
        }
    }

    @Test
    void moreWorkersThanCoresIsAOneLineWarningAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("e.yaml"), VALID);
        int cores = Runtime.getRuntime().availableProcessors();
        CommandLineRunner.Outcome o = runCapturingStandardStreams(
                "run",
                dir.resolve("e.yaml").toString(),
                "--out",
                dir.resolve("out").toString(),
                "--quiet",
                "--workers",
                String.valueOf(cores + 998));
        assertEquals(0, o.exitCode(), o.err());
        assertEquals(
                List.of("lstmbench: --workers " + (cores + 998) + " is more than the " + cores
                        + " cores of this machine"),
                o.err().lines().map(l -> l.replaceAll(":( the runs).*", "")).toList());
        assertTrue(Files.exists(dir.resolve("out/runs.csv")));
    }

    static void assertOneLineRefusal(CommandLineRunner.Outcome o, String expected) {
        assertEquals(LstmBench.BAD_INPUT, o.exitCode(), o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), "one line on stderr:\n" + o.err());
        assertTrue(lines.get(0).startsWith("lstmbench: "), lines.get(0));
        assertTrue(lines.get(0).contains(expected), "expected '" + expected + "' in: " + lines.get(0));
        assertFalse(LIBRARY_NAMES.matcher(lines.get(0)).find(), "library internals in: " + lines.get(0));
        assertEquals("", o.out(), "nothing on stdout");
    }

    /** Runs the command line in-process; stderr holds what the command and anything else printed there. */
    static CommandLineRunner.Outcome runCapturingStandardStreams(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream strayOut = new ByteArrayOutputStream(), strayErr = new ByteArrayOutputStream();
        CommandLineRunner.Outcome o;
        try {
            System.setOut(new PrintStream(strayOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(strayErr, true, StandardCharsets.UTF_8));
            o = CommandLineRunner.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new CommandLineRunner.Outcome(
                o.exitCode(),
                strayOut.toString(StandardCharsets.UTF_8) + o.out(),
                strayErr.toString(StandardCharsets.UTF_8) + o.err());
    }

    /** Every file and folder under {@code root} with its size and modification time. */
    static Map<String, String> tree(Path root) throws IOException {
        return tree(root, Integer.MAX_VALUE);
    }

    private static Map<String, String> tree(Path root, int depth) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root, depth)) {
            for (Path p : walk.toList()) {
                entries.put(
                        root.relativize(p).toString(),
                        Files.isDirectory(p) ? "folder" : Files.size(p) + " bytes, " + Files.getLastModifiedTime(p));
            }
        }
        return entries;
    }
}
