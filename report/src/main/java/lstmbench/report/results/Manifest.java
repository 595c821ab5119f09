package lstmbench.report.results;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of manifest.json: what was run, where, when, with which command, and how each run
 * ended.
 *
 * <p>Describes one experiment folder.
 *
 * @param experiment     experiment name
 * @param configuration  the experiment configuration as the harness resolved it (a JSON tree, so
 *                       this module need not know the harness's configuration classes)
 * @param environment    machine and software
 * @param projectVersion the project version (Maven)
 * @param gitCommit      the commit the code was built from ({@code unknown} when not in git)
 * @param startedAt      when the experiment started
 * @param finishedAt     when it finished; empty while running or after an interruption
 * @param runs           every planned run with its status
 * @param command        the exact command line that produced this folder
 * @param datasets       fingerprints of the experiment's datasets (empty in folders written before
 *                       fingerprints were recorded)
 * @param shard          the share of the run groups this folder holds ({@code lstmbench run --shard});
 *                       empty for a whole experiment, merged or not
 * @param machines       for a folder {@code lstmbench merge} wrote: every merged shard's process, in
 *                       shard order (the top-level environment is then the first shard's); empty
 *                       for a folder whose runs all ran in the process that wrote it
 */
public record Manifest(
        String experiment,
        JsonNode configuration,
        Environment environment,
        String projectVersion,
        String gitCommit,
        Instant startedAt,
        Optional<Instant> finishedAt,
        List<RunEntry> runs,
        String command,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<DatasetFingerprint> datasets,
        Optional<Shard> shard,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<Machine> machines) {
    public Manifest {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(projectVersion, "projectVersion");
        Objects.requireNonNull(gitCommit, "gitCommit");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(command, "command");
        runs = List.copyOf(runs);
        datasets = List.copyOf(datasets);
        shard = shard == null ? Optional.empty() : shard;
        machines = List.copyOf(machines);
    }

    /** The same manifest with other run statuses and finishing time. */
    public Manifest withRuns(List<RunEntry> newRuns, Optional<Instant> newFinishedAt) {
        return new Manifest(
                experiment,
                configuration,
                environment,
                projectVersion,
                gitCommit,
                startedAt,
                newFinishedAt,
                newRuns,
                command,
                datasets,
                shard,
                machines);
    }
}
