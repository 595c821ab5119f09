package lstmbench.report.results;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and when one shard of a merged results folder ran, as listed in its manifest.json.
 *
 * <p>A merged folder's runs were trained by several processes, often on several machines; each
 * shard's own manifest contributes one entry.
 *
 * @param shard       the share of the groups this process ran
 * @param environment the machine and software it ran on
 * @param command     its exact command line
 * @param startedAt   when it started
 * @param finishedAt  when it finished; empty when it was interrupted after committing its groups
 */
public record Machine(
        Shard shard, Environment environment, String command, Instant startedAt, Optional<Instant> finishedAt) {
    public Machine {
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }
}
