package lstmbench.harness.cli;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lstmbench.report.results.Shard;

/**
 * The value of {@code lstmbench run --shard}: {@code I/N} (0-based shard I of N), or {@code auto}
 * / {@code auto/N}, which read the shard from the environment of an indexed batch job:
 *
 * <pre>
 * - Slurm job array: index SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN (0 when MIN is unset), count
 *   SLURM_ARRAY_TASK_COUNT, else SLURM_ARRAY_TASK_MAX - SLURM_ARRAY_TASK_MIN + 1, else the N of auto/N;
 *   the array must be a contiguous range (--array=0-3, or 1-4), so a step other than 1 is refused;
 * - Kubernetes Indexed Job: index JOB_COMPLETION_INDEX, count the N of auto/N (the Job's
 *   completions: Kubernetes does not pass it to the pod);
 * - neither set: refused, naming the variables.
 * </pre>
 *
 * <p>Slurm's variables win when both are set. A count given as auto/N must equal Slurm's.
 */
final class ShardOption {
    private static final Pattern AUTO = Pattern.compile("auto(?:/([0-9]{1,9}))?");

    private ShardOption() {}

    /** The shard {@code text} names, with {@code environment} the process's environment variables. */
    static Shard resolve(String text, Map<String, String> environment) {
        Matcher auto = AUTO.matcher(text);
        if (!auto.matches()) {
            try {
                return Shard.parse(text);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(
                        "--shard " + e.getMessage() + ", or auto (from the batch job's" + " environment)");
            }
        }
        Optional<Integer> given = Optional.ofNullable(auto.group(1)).map(Integer::parseInt);
        if (given.isPresent() && given.get() < 1) {
            throw new BadInputException("--shard " + text + ": the count must be at least 1");
        }
        if (environment.containsKey("SLURM_ARRAY_TASK_ID")) {
            return fromSlurm(text, environment, given);
        }
        if (environment.containsKey("JOB_COMPLETION_INDEX")) {
            int index = number(environment, "JOB_COMPLETION_INDEX");
            if (given.isEmpty()) {
                throw new BadInputException("--shard auto: JOB_COMPLETION_INDEX=" + index + " is set (a Kubernetes"
                        + " Indexed Job) but the number of shards is not; use --shard auto/N with N the Job's"
                        + " completions");
            }
            return shard(text, index, given.get(), "JOB_COMPLETION_INDEX=" + index);
        }
        throw new BadInputException("--shard " + text + ": neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor"
                + " JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set; run it as a task of such a job, or give"
                + " the shard as INDEX/COUNT, e.g. --shard 0/4");
    }

    private static Shard fromSlurm(String text, Map<String, String> env, Optional<Integer> given) {
        int id = number(env, "SLURM_ARRAY_TASK_ID");
        int min = env.containsKey("SLURM_ARRAY_TASK_MIN") ? number(env, "SLURM_ARRAY_TASK_MIN") : 0;
        if (env.containsKey("SLURM_ARRAY_TASK_STEP") && number(env, "SLURM_ARRAY_TASK_STEP") != 1) {
            throw new BadInputException("--shard auto: SLURM_ARRAY_TASK_STEP=" + env.get("SLURM_ARRAY_TASK_STEP")
                    + ": the job array must be a contiguous range such as --array=0-3");
        }
        Optional<Integer> span = env.containsKey("SLURM_ARRAY_TASK_MAX")
                ? Optional.of(number(env, "SLURM_ARRAY_TASK_MAX") - min + 1)
                : Optional.empty();
        Optional<Integer> count =
                env.containsKey("SLURM_ARRAY_TASK_COUNT") ? Optional.of(number(env, "SLURM_ARRAY_TASK_COUNT")) : span;
        if (count.isPresent() && span.isPresent() && !count.equals(span)) {
            throw new BadInputException("--shard auto: SLURM_ARRAY_TASK_COUNT=" + count.get() + " but the array"
                    + " spans " + span.get() + " task ids (SLURM_ARRAY_TASK_MIN=" + min + ", SLURM_ARRAY_TASK_MAX="
                    + env.get("SLURM_ARRAY_TASK_MAX") + "): the job array must be a contiguous range such as"
                    + " --array=0-3");
        }
        if (count.isPresent() && given.isPresent() && !count.equals(given)) {
            throw new BadInputException(
                    "--shard " + text + ": the Slurm job array has " + count.get() + " tasks," + " not " + given.get());
        }
        int n = count.or(() -> given)
                .orElseThrow(() -> new BadInputException("--shard auto: SLURM_ARRAY_TASK_ID"
                        + " is set but neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MAX; use --shard auto/N"));
        return shard(text, id - min, n, "SLURM_ARRAY_TASK_ID=" + id + ", SLURM_ARRAY_TASK_MIN=" + min);
    }

    private static Shard shard(String text, int index, int count, String source) {
        try {
            return new Shard(index, count);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--shard " + text + " (" + source + "): " + e.getMessage());
        }
    }

    private static int number(Map<String, String> env, String name) {
        String value = env.get(name).trim();
        if (!value.matches("[0-9]{1,9}")) {
            throw new BadInputException("--shard auto: " + name + "='" + value + "' is not a non-negative integer");
        }
        return Integer.parseInt(value);
    }
}
