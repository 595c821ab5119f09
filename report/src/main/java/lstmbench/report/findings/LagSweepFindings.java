// The lag sweep's headline: for each strategy, the largest planted lag it learned to use, and its memory horizon there.
package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A sentence over all datasets of a memory sweep (they differ only in L); none without LAG_R2 points. */
final class LagSweepFindings {
    private LagSweepFindings() {
    }

    static Optional<String> sentence(List<LagSweep> sweeps) {
        if (sweeps.isEmpty()) {
            return Optional.empty();
        }
        List<String> reached = new ArrayList<>();
        List<String> never = new ArrayList<>();
        Comparator<LagSweep> longestFirst = Comparator.comparingDouble((LagSweep sweep) -> sweep
                .largestLagAtLeast(LagSweep.USES_LAG).map(LagSweep.Lag::lag).orElse(0.0)).reversed();
        for (LagSweep sweep : sweeps.stream().sorted(longestFirst).toList()) {
            Optional<LagSweep.Lag> largest = sweep.largestLagAtLeast(LagSweep.USES_LAG);
            if (largest.isEmpty()) {
                LagSweep.Lag best = sweep.lags().stream()
                        .max((a, b) -> Double.compare(a.r2().mean(), b.r2().mean())).orElseThrow();
                never.add(sweep.strategy() + " (best R^2 " + Numbers.format(best.r2().mean()) + ", at L = "
                        + Numbers.format(best.lag()) + ")");
                continue;
            }
            LagSweep.Lag lag = largest.get();
            reached.add(sweep.strategy() + " L = " + Numbers.format(lag.lag()) + " (R^2 "
                    + Numbers.format(lag.r2().mean()) + range(lag.r2()) + "; memory horizon "
                    + lag.horizonText() + " steps)");
        }
        StringBuilder sentence = new StringBuilder("Lag sweep: the largest planted lag L at which each strategy's "
                + "model reached R^2 >= " + Numbers.format(LagSweep.USES_LAG)
                + " (relative to achievable, mean over seeds), with its memory horizon at that L, longest first");
        if (!reached.isEmpty()) {
            sentence.append(": ").append(String.join(", ", reached));
        }
        if (!never.isEmpty()) {
            sentence.append(reached.isEmpty() ? ": " : "; ").append("below ").append(Numbers.format(LagSweep.USES_LAG))
                    .append(" at every L: ").append(String.join(", ", never));
        }
        return Optional.of(sentence.append('.').toString());
    }

    private static String range(SeedSpread spread) {
        return spread.min() < spread.max() ? ", seeds " + Numbers.format(spread.min()) + " to " + Numbers.format(spread.max()) : "";
    }
}
