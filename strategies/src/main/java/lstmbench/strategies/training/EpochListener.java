/* Called after every finished epoch (progress bars, logs); must not modify anything it is given. */
package lstmbench.strategies.training;

@FunctionalInterface
public interface EpochListener {
    EpochListener NONE = r -> { };

    void epochFinished(EpochRecord record);
}
