package lstmbench.strategies.plan;

/**
 * How often one epoch uses each point of the training series: as an input (every forward step,
 * scored or not) and as a scored target (steps inside the loss range). Step t of a row starting at
 * s reads input x[s + t] and target x[s + t + 1].
 */
public record Coverage(int[] inputCounts, int[] targetCounts) {

    public static Coverage of(EpochPlan plan, int seriesLength) {
        plan.requireWithin(seriesLength);
        int[] inputs = new int[seriesLength], targets = new int[seriesLength];
        for (BatchSpec b : plan.batches()) {
            for (int r = 0; r < b.rows(); r++) {
                int s = b.rowStart(r);
                for (int t = 0; t < b.length(); t++) {
                    inputs[s + t]++;
                    if (b.loss().contains(t)) {
                        targets[s + t + 1]++;
                    }
                }
            }
        }
        return new Coverage(inputs, targets);
    }

    @Override
    public int[] inputCounts() {
        return inputCounts.clone();
    }

    @Override
    public int[] targetCounts() {
        return targetCounts.clone();
    }

    public int inputCount(int point) {
        return inputCounts[point];
    }

    public int targetCount(int point) {
        return targetCounts[point];
    }
}
