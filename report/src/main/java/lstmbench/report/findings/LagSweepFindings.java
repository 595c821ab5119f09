package lstmbench.report.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The lag sweep's headline: for each strategy, the largest planted lag it learned to use, and its
 * memory horizon there.
 *
 * <p>A sentence over all datasets of a memory sweep (they differ only in L); none without LAG_R2 points.
 */
final class LagSweepFindings {
    /** A windowed / streaming ratio beyond this factor (or below its inverse) is worth a sentence. */
    static final double MODE_MATTERS = 1.25;

    private LagSweepFindings() {}

    static Optional<String> sentence(List<LagSweep> sweeps) {
        if (sweeps.isEmpty()) {
            return Optional.empty();
        }
        List<String> reached = new ArrayList<>();
        List<String> never = new ArrayList<>();
        Comparator<LagSweep> longestFirst = Comparator.comparingDouble(
                        (LagSweep sweep) -> sweep.largestLagAtLeast(LagSweep.USES_LAG)
                                .map(LagSweep.Lag::lag)
                                .orElse(0.0))
                .reversed();
        for (LagSweep sweep : sweeps.stream().sorted(longestFirst).toList()) {
            Optional<LagSweep.Lag> largest = sweep.largestLagAtLeast(LagSweep.USES_LAG);
            if (largest.isEmpty()) {
                LagSweep.Lag best = sweep.lags().stream()
                        .max((a, b) -> Double.compare(a.r2().mean(), b.r2().mean()))
                        .orElseThrow();
                never.add(sweep.strategy() + " (best R^2 "
                        + Numbers.format(best.r2().mean()) + ", at L = " + Numbers.format(best.lag()) + ")");
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
            sentence.append(reached.isEmpty() ? ": " : "; ")
                    .append("below ")
                    .append(Numbers.format(LagSweep.USES_LAG))
                    .append(" at every L: ")
                    .append(String.join(", ", never));
        }
        return Optional.of(sentence.append('.').toString());
    }

    /**
     * Where the evaluation mode decides the result: the lags at which a strategy's windowed test MSE
     * differs from its streaming one by more than a factor {@link #MODE_MATTERS} either way.
     */
    static Optional<String> resetSentence(List<LagSweep> sweeps) {
        List<String> parts = new ArrayList<>();
        List<String> steady = new ArrayList<>();
        for (LagSweep sweep : sweeps) {
            List<String> lags = sweep.lags().stream()
                    .filter(l -> !l.resetPenalty().isEmpty()
                            && (l.resetPenalty().mean() < 1 / MODE_MATTERS
                                    || l.resetPenalty().mean() > MODE_MATTERS))
                    .map(l -> Numbers.ratio(l.resetPenalty().mean()) + " at L = " + Numbers.format(l.lag()))
                    .toList();
            if (lags.isEmpty()) {
                if (sweep.lags().stream().anyMatch(l -> !l.resetPenalty().isEmpty())) {
                    steady.add(sweep.strategy());
                }
            } else {
                parts.add(sweep.strategy() + " " + String.join(", ", lags));
            }
        }
        if (parts.isEmpty() && steady.isEmpty()) {
            return Optional.empty();
        }
        String within =
                "within " + Numbers.ratio(1 / MODE_MATTERS) + " to " + Numbers.ratio(MODE_MATTERS) + " at every L";
        if (parts.isEmpty()) {
            return Optional.of("Lag sweep, reset penalty (windowed / streaming test MSE): every strategy " + within
                    + ", so the evaluation mode does not change what the sweep says.");
        }
        return Optional.of("Lag sweep, reset penalty (windowed / streaming test MSE; below x1 the model uses the lag "
                + "only when run from a zero state over the last W points, as it was trained; above x1 the carried "
                + "state helped): " + String.join("; ", parts)
                + (steady.isEmpty() ? "" : "; " + String.join(", ", steady) + " " + within) + ".");
    }

    private static String range(SeedSpread spread) {
        return spread.min() < spread.max()
                ? ", seeds " + Numbers.format(spread.min()) + " to " + Numbers.format(spread.max())
                : "";
    }
}
