package lstmbench.strategies.training;

/**
 * Called after every finished epoch (progress bars, logs); must not modify anything it is given.
 */
@FunctionalInterface
public interface EpochListener {
    EpochListener NONE = r -> {};

    void epochFinished(EpochRecord record);
}
