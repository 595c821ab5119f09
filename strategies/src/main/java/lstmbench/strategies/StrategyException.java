package lstmbench.strategies;

/**
 * A strategy that cannot be built or planned: unknown name, bad parameter, series too short.
 */
public class StrategyException extends IllegalArgumentException {
    public StrategyException(String message) {
        super(message);
    }
}
