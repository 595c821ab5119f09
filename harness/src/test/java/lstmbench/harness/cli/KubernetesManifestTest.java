package lstmbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The Kubernetes example in scripts/kubernetes: each manifest is well-formed YAML of the kind it
 * claims, the Indexed Job's completions, parallelism and {@code --shard auto/N} agree, every pod is
 * single-threaded, the merge job reads exactly the shards' folders from the same volume claim, and
 * both command lines parse as lstmbench commands. No Kubernetes cluster is needed (kubectl's
 * validation needs an API server, so the structure is checked here).
 */
class KubernetesManifestTest {
    private static final Path FOLDER = Path.of("").toAbsolutePath().getParent().resolve("scripts/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode read(String name) throws IOException {
        JsonNode doc = YAML.readTree(Files.readString(FOLDER.resolve(name)));
        assertTrue(
                doc.path("apiVersion").isTextual()
                        && doc.path("kind").isTextual()
                        && doc.path("metadata").path("name").isTextual(),
                name + " has apiVersion, kind and metadata.name");
        return doc;
    }

    /** The lstmbench arguments of a container's {@code sh -c "exec java ... -jar /app/lstmbench.jar ARGS"}. */
    private static List<String> lstmbenchArguments(JsonNode container) {
        assertEquals(List.of("sh", "-c"), YAML.convertValue(container.path("command"), List.class));
        String script = container.path("args").get(0).asText();
        String[] words = script.trim().split("\\s+");
        int jar = Arrays.asList(words).indexOf("/app/lstmbench.jar");
        int exec = Arrays.asList(words).indexOf("exec");
        assertTrue(exec >= 0 && jar > exec, script);
        // the JVM options scripts/lstmbench gives every run: the Vector API, a heap, javacpp bounded by memory
        List<String> jvm = List.of(words).subList(exec, jar);
        for (String option : List.of(
                "jdk.incubator.vector",
                "-Dorg.bytedeco.javacpp.maxbytes=0",
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=0")) {
            assertTrue(jvm.contains(option), option + " in " + script);
        }
        assertTrue(jvm.stream().anyMatch(w -> w.startsWith("-Xmx")), "-Xmx in " + script);
        return List.of(words).subList(jar + 1, words.length);
    }

    private static void assertSingleThreaded(JsonNode container) {
        assertEquals(
                "1", container.path("resources").path("requests").path("cpu").asText());
        boolean omp = false;
        for (JsonNode env : container.path("env")) {
            omp |= env.path("name").asText().equals("OMP_NUM_THREADS")
                    && env.path("value").asText().equals("1");
        }
        assertTrue(omp, "OMP_NUM_THREADS=1 in " + container);
    }

    @Test
    void theIndexedJobAndTheMergeJobAgree() throws IOException {
        JsonNode volume = read("results-volume.yaml"), shards = read("shards-job.yaml"), merge = read("merge-job.yaml");
        assertEquals("PersistentVolumeClaim", volume.path("kind").asText());
        for (JsonNode job : List.of(shards, merge)) {
            assertEquals("batch/v1", job.path("apiVersion").asText());
            assertEquals("Job", job.path("kind").asText());
            JsonNode pod = job.path("spec").path("template").path("spec");
            assertEquals("Never", pod.path("restartPolicy").asText());
            assertEquals(
                    volume.path("metadata").path("name").asText(),
                    pod.path("volumes")
                            .get(0)
                            .path("persistentVolumeClaim")
                            .path("claimName")
                            .asText());
            assertSingleThreaded(pod.path("containers").get(0));
        }
        JsonNode spec = shards.path("spec");
        assertEquals("Indexed", spec.path("completionMode").asText());
        int n = spec.path("completions").asInt();
        assertEquals(n, spec.path("parallelism").asInt());

        List<String> run = lstmbenchArguments(
                spec.path("template").path("spec").path("containers").get(0));
        assertEquals("run", run.get(0));
        assertEquals("auto/" + n, run.get(run.indexOf("--shard") + 1));
        assertTrue(
                run.contains("--resume")
                        && run.get(run.indexOf("--workers") + 1).equals("1"),
                run.toString());
        String out = run.get(run.indexOf("--out") + 1);
        assertTrue(out.endsWith("/$JOB_COMPLETION_INDEX"), out);
        String shardScript = spec.path("template")
                .path("spec")
                .path("containers")
                .get(0)
                .path("args")
                .get(0)
                .asText();
        assertTrue(
                shardScript.contains("mkdir -p " + out + " &&"),
                "--resume refuses a missing folder, so the pod creates it first: " + shardScript);
        List<String> parsedRun = new ArrayList<>(run);
        parsedRun.replaceAll(a -> a.replace("$JOB_COMPLETION_INDEX", "0"));
        LstmBench.commandLine().parseArgs(parsedRun.toArray(String[]::new));

        List<String> mergeArgs = lstmbenchArguments(merge.path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0));
        List<String> expected = new ArrayList<>(List.of("merge", out.substring(0, out.indexOf("/shards/"))));
        for (int i = 0; i < n; i++) {
            expected.add(out.replace("$JOB_COMPLETION_INDEX", Integer.toString(i)));
        }
        assertEquals(expected, mergeArgs, "the merge job reads every shard's folder");
        CommandLine.ParseResult parsed = LstmBench.commandLine().parseArgs(mergeArgs.toArray(String[]::new));
        assertTrue(parsed.hasSubcommand());
    }

    @Test
    void theImageHoldsTheJarTheBuildWrites() throws IOException {
        String dockerfile = Files.readString(FOLDER.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("COPY harness/target/lstmbench.jar /app/lstmbench.jar"), dockerfile);
        assertTrue(
                Files.readString(FOLDER.getParent().resolve("lstmbench")).contains("harness/target/lstmbench.jar"),
                "scripts/lstmbench runs the same jar");
    }
}
