package lstmbench.strategies.kinds;

import lstmbench.strategies.StrategyException;
import lstmbench.strategies.plan.StreamLayout;

/**
 * StreamLayout for a named strategy, with the strategy's name in the error when the series is too
 * short.
 */
final class Streams {
    private Streams() {}

    static StreamLayout layout(String strategy, int seriesLength, int firstPair, int streams) {
        int pairs = seriesLength - 1 - firstPair;
        if (pairs < streams) {
            throw new StrategyException("Strategy '" + strategy + "' cannot lay " + Math.max(pairs, 0)
                    + " input/target pairs out as " + streams + " streams (series of " + seriesLength + " points"
                    + (firstPair > 0 ? ", " + firstPair + " burn-in points" : "") + ")");
        }
        return StreamLayout.of(seriesLength, firstPair, streams);
    }
}
