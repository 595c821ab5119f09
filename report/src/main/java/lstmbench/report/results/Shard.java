package lstmbench.report.results;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One share of an experiment's run groups, run by one process of an indexed batch job.
 *
 * <p>The groups of an experiment have a fixed order (datasets, then strategies, then seeds, as the
 * configuration lists them); shard {@code index} of {@code count} runs the group at 0-based position
 * p exactly when {@code p mod count == index}. Dealing the groups out round-robin keeps the shards'
 * work balanced: neighbouring groups differ only in seed or strategy, so each shard gets every
 * strategy about equally often, and no two shards differ by more than one group.
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
            throw new IllegalArgumentException("shard index must be in 0.." + (count - 1) + " for " + count
                    + " shards, got " + index);
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

    /** Whether the group at this 0-based position of the experiment's group order belongs to this shard. */
    public boolean owns(int position) {
        return position % count == index;
    }

    /** The shard that owns the group at this position when the experiment is split into {@code count} shards. */
    public static Shard owning(int position, int count) {
        return new Shard(position % count, count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
