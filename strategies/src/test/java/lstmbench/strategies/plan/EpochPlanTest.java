package lstmbench.strategies.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An epoch plan refuses to describe what the trainer could not execute faithfully: an epoch that
 * starts from carried state, a carry between batches of different row counts, a carry from a step
 * the previous batch does not have, or a row that does not continue where the carried state was
 * produced. Also the derived numbers (timesteps, scored steps, materialised bytes).
 */
class EpochPlanTest {
    static BatchSpec batch(int[] starts, int length, StateSource state) {
        return new BatchSpec(starts, length, StepRange.all(length), state);
    }

    @Test
    void anEpochCannotStartFromCarriedState() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new EpochPlan(List.of(batch(new int[] {0}, 4, new StateSource.CarryFrom(3))), Trim.none()));
    }

    @Test
    void aCarryMustContinueEveryRowFromTheStepItCopies() {
        BatchSpec first = batch(new int[] {0, 10}, 4, StateSource.ZERO);
        new EpochPlan(List.of(first, batch(new int[] {4, 14}, 4, new StateSource.CarryFrom(3))), Trim.none());
        new EpochPlan(List.of(first, batch(new int[] {2, 12}, 4, new StateSource.CarryFrom(1))), Trim.none());
        assertThrows(
                IllegalArgumentException.class,
                () -> new EpochPlan(
                        List.of(first, batch(new int[] {4, 15}, 4, new StateSource.CarryFrom(3))), Trim.none()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EpochPlan(
                        List.of(first, batch(new int[] {4}, 4, new StateSource.CarryFrom(3))), Trim.none()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EpochPlan(
                        List.of(first, batch(new int[] {5, 15}, 4, new StateSource.CarryFrom(4))), Trim.none()));
    }

    @Test
    void countsTimestepsScoredStepsAndMaterialisedBytes() {
        EpochPlan plan = new EpochPlan(
                List.of(
                        new BatchSpec(new int[] {0, 5, 9}, 5, StepRange.last(1, 5), StateSource.ZERO),
                        new BatchSpec(new int[] {1}, 7, StepRange.all(7), StateSource.ZERO)),
                Trim.none());
        assertEquals(15 + 7, plan.timesteps());
        assertEquals(3 + 7, plan.lossSteps());
        assertEquals(new MaterializedBytes(4L * 3 * 22, 4L * 3 * 15), plan.materializedBytes());
    }

    @Test
    void aPlanReadingPastTheSeriesIsRejected() {
        EpochPlan plan = new EpochPlan(List.of(batch(new int[] {0, 6}, 4, StateSource.ZERO)), Trim.none());
        plan.requireWithin(11);
        assertThrows(IllegalArgumentException.class, () -> plan.requireWithin(10));
    }
}
