package lstmbench.strategies.training;

/**
 * How much training a run gets, the same for every strategy of an experiment: whole epochs, or a
 * number of optimiser updates, of forward timesteps (B x T summed over batches, burn-in steps
 * included) or of training wall-clock seconds (batches, backward and optimiser; not validation).
 * Under an update, timestep or seconds budget a run trains whole epochs and then a last partial
 * epoch: a batch starts only while the budget is not yet spent, so a run makes exactly N updates,
 * runs N timesteps up to less than one batch more, or stops within one batch after S seconds.
 */
public sealed interface Budget {

    /** Whether a run that has finished {@code epochs} epochs with these totals must stop. */
    boolean spent(int epochs, long updates, long timesteps, double seconds);

    /** What the next epoch may still spend, given the totals so far. */
    PlanExecutor.Allowance allowance(long updates, long timesteps, double seconds);

    /** The budget as the results files write it, e.g. {@code epochs=20} or {@code updates=5000}. */
    String text();

    record Epochs(int epochs) implements Budget {
        public Epochs {
            if (epochs < 1) {
                throw new IllegalArgumentException("an epoch budget must be >= 1, got " + epochs);
            }
        }

        @Override
        public boolean spent(int finished, long updates, long timesteps, double seconds) {
            return finished >= epochs;
        }

        @Override
        public PlanExecutor.Allowance allowance(long updates, long timesteps, double seconds) {
            return PlanExecutor.Allowance.UNLIMITED;
        }

        @Override
        public String text() {
            return "epochs=" + epochs;
        }
    }

    record Updates(long updates) implements Budget {
        public Updates {
            if (updates < 1) {
                throw new IllegalArgumentException("an update budget must be >= 1, got " + updates);
            }
        }

        @Override
        public boolean spent(int finished, long done, long timesteps, double seconds) {
            return done >= updates;
        }

        @Override
        public PlanExecutor.Allowance allowance(long done, long timesteps, double seconds) {
            return new PlanExecutor.Allowance(updates - done, Long.MAX_VALUE, Long.MAX_VALUE);
        }

        @Override
        public String text() {
            return "updates=" + updates;
        }
    }

    record Timesteps(long timesteps) implements Budget {
        public Timesteps {
            if (timesteps < 1) {
                throw new IllegalArgumentException("a timestep budget must be >= 1, got " + timesteps);
            }
        }

        @Override
        public boolean spent(int finished, long updates, long done, double seconds) {
            return done >= timesteps;
        }

        @Override
        public PlanExecutor.Allowance allowance(long updates, long done, double seconds) {
            return new PlanExecutor.Allowance(Long.MAX_VALUE, timesteps - done, Long.MAX_VALUE);
        }

        @Override
        public String text() {
            return "timesteps=" + timesteps;
        }
    }

    /** Training wall-clock seconds; comparable between strategies only when runs do not share cores. */
    record Seconds(double seconds) implements Budget {
        public Seconds {
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("a seconds budget must be a positive number, got " + seconds);
            }
        }

        @Override
        public boolean spent(int finished, long updates, long timesteps, double done) {
            return done >= seconds;
        }

        @Override
        public PlanExecutor.Allowance allowance(long updates, long timesteps, double done) {
            return new PlanExecutor.Allowance(Long.MAX_VALUE, Long.MAX_VALUE, (long) Math.ceil((seconds - done) * 1e9));
        }

        @Override
        public String text() {
            return "seconds=" + seconds;
        }
    }
}
