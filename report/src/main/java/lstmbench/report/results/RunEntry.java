package lstmbench.report.results;

import java.util.Objects;

/**
 * One run in manifest.json's run list: which run, and how far it got.
 *
 * <p>A planned run and its status; {@link RunStatus#PENDING} when it has not finished.
 */
public record RunEntry(RunId runId, RunStatus status) {
    public RunEntry {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
    }
}
