package lstmbench.report.results;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One share of an experiment's run groups, run by one process of an indexed batch job.
 *
 * <p>The groups are dealt out like cards in a fixed order, strategy by strategy: the groups sorted by
 * strategy, then dataset, then seed (each in the order the configuration lists them) get deal ranks
 * 0, 1, 2, ..., and shard {@code index} of {@code count} runs the group of deal rank r exactly when
 * {@code r mod count == index}. A group's cost depends mostly on its strategy (a sliding window
 * reads every point W times, a chunked layout once), so dealing strategy by strategy gives every
 * shard the same number of each strategy's groups, give or take one, and no two shards differ by
 * more than one group in all. (Dealing in the plan's own order, datasets first, would give shard 0
 * of 2 every even-numbered strategy whenever a dataset has an even number of groups.)
 *
 * @param index 0-based index of this shard, {@code 0 <= index < count}
 * @param count how many shards the experiment is split into, at least 1
 */
public record Shard(int index, int count) {
    private static final Pattern TEXT = Pattern.compile("([0-9]{1,9})/([0-9]{1,9})");

    public Shard {
        if (count < 1) {
            throw new IllegalArgumentException("shard count must be at least 1, got " + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(
                    "shard index must be in 0.." + (count - 1) + " for " + count + " shards, got " + index);
        }
    }

    /** Parses {@code i/n} (0-based index i, count n); refuses anything else, naming the text. */
    public static Shard parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "': expected INDEX/COUNT with a 0-based index, e.g. 0/4");
        }
        try {
            return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
        }
    }

    /** Whether the group of this deal rank (see the class comment) belongs to this shard. */
    public boolean owns(int dealRank) {
        return dealRank % count == index;
    }

    /** The shard that owns the group of this deal rank when the experiment is split into {@code count} shards. */
    public static Shard owning(int dealRank, int count) {
        return new Shard(dealRank % count, count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
