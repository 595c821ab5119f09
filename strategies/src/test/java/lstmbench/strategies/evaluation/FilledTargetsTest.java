package lstmbench.strategies.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import lstmbench.datasets.MissingPolicy;
import lstmbench.datasets.MissingValues;
import lstmbench.datasets.TimeSeries;
import lstmbench.datasets.split.SplitFractions;
import lstmbench.kernel.Initializer;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.ModelParams;
import lstmbench.strategies.plan.BatchSpec;
import lstmbench.strategies.plan.StateSource;
import lstmbench.strategies.plan.StepRange;
import lstmbench.strategies.training.PlanExecutor;
import org.junit.jupiter.api.Test;

/**
 * Targets a missing-value policy filled in are not scored: every error of both modes, persistence,
 * the validation loss the checkpoints are chosen on, the MASE denominator and the training loss
 * run over the other targets, and the evaluation counts the ones it left out. Checked against the
 * sums written out by hand over a noisy sine of 1,000 points (train 0..699, validation 700..849,
 * test 850..999) with filled-in points in every part, forecast by a random model.
 */
class FilledTargetsTest {
    static final List<Integer> FILLED = List.of(100, 101, 102, 720, 721, 800, 860, 861, 900, 999);
    static final ModelDims DIMS = new ModelDims(1, 6, 1);
    static final ModelParams MODEL = Initializer.initialize(DIMS, 5);
    static final int WINDOW = 12;

    static double[] sine() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] v = new double[1000];
        for (int t = 0; t < v.length; t++) {
            v[t] = 3 + 2 * Math.sin(2 * Math.PI * t / 17.0) + 0.1 * rng.nextGaussian();
        }
        return v;
    }

    static ForecastData data(double[] values, List<Integer> filled) {
        MissingValues missing = new MissingValues(
                filled.size(),
                MissingPolicy.INTERPOLATE,
                filled.stream()
                        .limit(MissingValues.MAX_ROWS_KEPT)
                        .map(i -> i + 1)
                        .toList(),
                filled);
        return ForecastData.of(new TimeSeries("sine", values, List.of(), "test", missing), SplitFractions.DEFAULT);
    }

    static final ForecastData DATA = data(sine(), FILLED);

    /** Mean of (actual - forecast)^2 in scaled units over the part's targets that were not filled in. */
    static double scaledMse(ForecastData d, int from, float[] forecasts, IntPredicate scored) {
        double se = 0;
        int n = 0;
        for (int i = 0; i < forecasts.length; i++) {
            if (scored.test(from + i)) {
                double e = (double) d.scaled(from + i) - forecasts[i];
                se += e * e;
                n++;
            }
        }
        return se / n;
    }

    @Test
    void testErrorsOfBothModesAndPersistenceLeaveFilledTargetsOut() {
        PartErrors errors = Evaluator.evaluate(MODEL, DATA, Part.TEST, WINDOW);
        PartForecasts f = Evaluator.forecasts(MODEL, DATA, Part.TEST, WINDOW);
        IntPredicate scored = t -> !FILLED.contains(t);
        float[] persistence = new float[f.length()];
        double ae = 0;
        for (int i = 0; i < f.length(); i++) {
            persistence[i] = DATA.scaled(f.from() + i - 1);
            if (scored.test(f.from() + i)) {
                ae += Math.abs(DATA.original(f.from() + i) - DATA.scaler().inverse(f.streamingAt(i)));
            }
        }
        assertEquals(850, f.from());
        assertEquals(4, errors.excludedTargets());
        assertEquals(
                scaledMse(DATA, f.from(), f.streaming(), scored),
                errors.streaming().mseScaled(),
                1e-9);
        assertEquals(
                scaledMse(DATA, f.from(), f.windowed(), scored),
                errors.windowed().mseScaled(),
                1e-9);
        assertEquals(
                scaledMse(DATA, f.from(), persistence, scored),
                errors.persistence().mseScaled(),
                1e-9);
        assertEquals(ae / 146, errors.streaming().maeOriginal(), 1e-9);
        assertNotEquals(
                scaledMse(DATA, f.from(), f.streaming(), t -> true),
                errors.streaming().mseScaled(),
                "the filled-in targets would change the error");
    }

    @Test
    void validationLossOfBothModesLeavesFilledTargetsOut() {
        ValidationLoss loss = new ValidationLoss(DATA, DIMS, WINDOW);
        PartForecasts f = Evaluator.forecasts(MODEL, DATA, Part.VALIDATION, WINDOW);
        IntPredicate scored = t -> !FILLED.contains(t);
        assertEquals(scaledMse(DATA, f.from(), f.streaming(), scored), loss.streaming(MODEL), 1e-9);
        assertEquals(scaledMse(DATA, f.from(), f.windowed(), scored), loss.windowed(MODEL), 1e-6);
        assertEquals(
                loss.windowed(MODEL),
                loss.windowedSubsample(MODEL),
                1e-6,
                "147 scored validation targets: the subsample holds all of them");
        assertEquals(3, DATA.filledTargets(Part.VALIDATION));
    }

    @Test
    void theMaseDenominatorLeavesFilledInChangesOut() {
        double[] v = sine();
        double sum = 0;
        for (int t = 1; t < 700; t++) {
            sum += FILLED.contains(t) ? 0 : Math.abs(v[t] - v[t - 1]);
        }
        assertEquals(sum / (699 - 3), DATA.naiveMae(), 1e-12);
    }

    @Test
    void trainingLossIgnoresAFilledInTarget() {
        // one row of 20 steps reading x[81 .. 100] with targets x[82 .. 101]: x[101] is a filled-in target
        // and no input of the row, so its value cannot change the loss when it is masked
        float[] train = DATA.scaledTrain();
        float[] changed = train.clone();
        changed[101] += 5;
        BatchSpec b = new BatchSpec(new int[] {81}, 20, StepRange.all(20), new StateSource.Zero());
        double masked = lossOf(train, DATA.filledTrain(), b);
        assertEquals(masked, lossOf(changed, DATA.filledTrain(), b), 1e-9);
        boolean[] nothingFilled = new boolean[train.length];
        assertNotEquals(
                lossOf(train, nothingFilled, b),
                lossOf(changed, nothingFilled, b),
                1e-3,
                "unmasked, the same change moves the loss");
    }

    private static double lossOf(float[] series, boolean[] filled, BatchSpec b) {
        return new PlanExecutor(DIMS, series, filled)
                .lossAndGradients(MODEL, b, LstmState.zeros(1, DIMS.hiddenSize()), ModelParams.zeros(DIMS));
    }
}
