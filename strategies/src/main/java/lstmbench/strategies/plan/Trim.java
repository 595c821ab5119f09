package lstmbench.strategies.plan;

import java.util.List;

/**
 * What a plan cut to make its shapes fit, reported instead of dropped silently: the target points
 * of the training series that no batch scores this epoch because of a remainder. Points that a
 * strategy never scores by design (the first W points under sliding windows, burn-in steps) are
 * not trimming and are not listed here.
 */
public record Trim(List<TrimmedRange> ranges) {
    public Trim {
        ranges = List.copyOf(ranges);
    }

    public static Trim none() {
        return new Trim(List.of());
    }

    /** Number of target points trimmed. */
    public int droppedTargets() {
        return ranges.stream().mapToInt(TrimmedRange::size).sum();
    }

    public int droppedTargets(TrimReason reason) {
        return ranges.stream()
                .filter(r -> r.reason() == reason)
                .mapToInt(TrimmedRange::size)
                .sum();
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }
}
