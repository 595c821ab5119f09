package lstmbench.strategies.plan;

/**
 * What a plan does with a piece that does not fill its shape: a last batch with fewer rows, or a
 * stream tail shorter than one chunk. KEEP runs it as a smaller batch (another [B, T] shape, so
 * nothing is lost); DROP leaves it out and reports it in the plan's Trim.
 */
public enum Remainder {
    KEEP,
    DROP
}
