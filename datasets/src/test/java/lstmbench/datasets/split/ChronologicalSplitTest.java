package lstmbench.datasets.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import lstmbench.datasets.DatasetException;
import lstmbench.datasets.TimeSeries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * Split and scaler: parts are contiguous, in order, and cover the series exactly once; bad
 * fractions and too-short series are refused with clear messages; the scaler is fitted on the
 * training part only, so no statistic ever depends on validation or test values.
 */
class ChronologicalSplitTest {

    private static TimeSeries ramp(int n) {
        return TimeSeries.of(
                "ramp", DoubleStream.iterate(0, v -> v + 1).limit(n).toArray(), "0, 1, 2, ...");
    }

    @Test
    void defaultSplitIsSeventyFifteenFifteenInTimeOrder() {
        SplitSeries split = ChronologicalSplit.split(ramp(1000), SplitFractions.DEFAULT);
        assertEquals(700, split.train().length());
        assertEquals(150, split.validation().length());
        assertEquals(150, split.test().length());
        assertEquals(699, split.train().value(699));
        assertEquals(700, split.validation().value(0));
        assertEquals(850, split.test().value(0));
        assertEquals(700, split.validationStart());
        assertEquals(850, split.testStart());
    }

    @Property(tries = 200)
    void partsCoverEveryPointExactlyOnceAndInOrder(
            @ForAll @IntRange(min = 3, max = 5000) int n,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double train,
            @ForAll @DoubleRange(min = 0.01, max = 1) double validationShare) {
        double validation = (1 - train) * Math.min(validationShare, 0.99);
        SplitFractions fractions = new SplitFractions(train, validation, 1 - train - validation);
        TimeSeries series = ramp(n);
        SplitSeries split;
        try {
            split = ChronologicalSplit.split(series, fractions);
        } catch (DatasetException tooShort) {
            return;
        }
        double[] joined = DoubleStream.concat(
                        DoubleStream.concat(
                                Arrays.stream(split.train().values()),
                                Arrays.stream(split.validation().values())),
                        Arrays.stream(split.test().values()))
                .toArray();
        assertArrayEquals(series.values(), joined);
        assertTrue(split.train().length() >= 1
                && split.validation().length() >= 1
                && split.test().length() >= 1);
    }

    @Test
    void fractionsThatDoNotAddUpAreRefused() {
        DatasetException error = assertThrows(DatasetException.class, () -> new SplitFractions(0.7, 0.2, 0.2));
        assertTrue(error.getMessage().contains("add up to"), error.getMessage());
        assertTrue(error.getMessage().contains("expected 1"), error.getMessage());
    }

    @Test
    void fractionsThatLeaveAPartEmptyAreRefused() {
        DatasetException error = assertThrows(DatasetException.class, () -> new SplitFractions(0.85, 0.15, 0.0));
        assertTrue(error.getMessage().contains("leave a part empty"), error.getMessage());
    }

    @Test
    void seriesTooShortForTheSplitIsRefusedNamingThePartSizes() {
        DatasetException error =
                assertThrows(DatasetException.class, () -> ChronologicalSplit.split(ramp(5), SplitFractions.DEFAULT));
        String message = error.getMessage();
        assertTrue(message.contains("'ramp' has 5 points"), message);
        assertTrue(message.contains("0 (validation)"), message);
    }

    @Test
    void seriesTooShortForTheWindowIsRefused() {
        DatasetException error = assertThrows(
                DatasetException.class, () -> ChronologicalSplit.split(ramp(400), SplitFractions.DEFAULT, 65));
        assertTrue(error.getMessage().contains("at least 65 in each"), error.getMessage());
        SplitSeries justLongEnough = ChronologicalSplit.split(ramp(65 * 7), SplitFractions.DEFAULT, 65);
        assertTrue(justLongEnough.validation().length() >= 65
                && justLongEnough.test().length() >= 65);
    }

    @Test
    void scalerIsFittedOnTrainingValuesOnly() {
        double[] values = new double[100];
        for (int i = 0; i < 70; i++) {
            values[i] = i % 2 == 0 ? 1 : 3;
        }
        Arrays.fill(values, 70, 100, 1000);
        ScaledSplit scaled = ScaledSplit.fitOnTraining(
                ChronologicalSplit.split(TimeSeries.of("s", values, "test"), SplitFractions.DEFAULT));
        assertEquals(2.0, scaled.scaler().mean(), 1e-12);
        assertEquals(1.0, scaled.scaler().std(), 1e-12);
        assertEquals(998.0, scaled.scaled().test().value(0), 1e-12);
    }

    @Property(tries = 100)
    void changingValidationAndTestNeverChangesTheScaler(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double replacement,
            @ForAll @IntRange(min = 20, max = 2000) int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.sin(i) * 3 + 1;
        }
        SplitSeries before = ChronologicalSplit.split(TimeSeries.of("s", values, "a"), SplitFractions.DEFAULT);
        double[] changed = values.clone();
        Arrays.fill(changed, before.validationStart(), n, replacement);
        SplitSeries after = ChronologicalSplit.split(TimeSeries.of("s", changed, "b"), SplitFractions.DEFAULT);
        assertEquals(
                ScaledSplit.fitOnTraining(before).scaler(),
                ScaledSplit.fitOnTraining(after).scaler());
    }

    @Property(tries = 100)
    void inverseUndoesTransform(
            @ForAll @DoubleRange(min = -1e3, max = 1e3) double mean,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(4) double std,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double x) {
        ZScoreScaler scaler = new ZScoreScaler(mean, std);
        assertEquals(x, scaler.inverse(scaler.transform(x)), 1e-9 * (1 + Math.abs(x)));
        assertEquals(4.0, scaler.toOriginalMse(scaler.toScaledMse(4.0)), 1e-9);
    }

    @Test
    void constantTrainingPartCannotBeScaled() {
        DatasetException error = assertThrows(
                DatasetException.class, () -> ZScoreScaler.fit(TimeSeries.of("flat", new double[] {2, 2, 2}, "test")));
        assertTrue(error.getMessage().contains("'flat' is constant"), error.getMessage());
    }
}
