package lstmbench.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The kernel's refusals and invariants: backward without a matching forward, shape checks, and the
 * byte counts of buffer shapes computed before allocating them.
 */
class KernelContractTest {
    static final ModelDims DIMS = new ModelDims(1, 4, 1);

    @Test
    void theBytesOfAShapeComputedWithoutAllocatingEqualTheAllocatedBuffers() {
        for (int[] shape : new int[][] {{1, 1, 1, 1}, {2, 3, 1, 4}, {5, 7, 3, 6}, {16, 20, 2, 9}}) {
            int b = shape[0], t = shape[1], i = shape[2], h = shape[3];
            assertEquals(new LstmCache(b, t, i, h).bytes(), LstmCache.bytes(b, t, i, h), "LstmCache " + b + "x" + t);
            ModelDims dims = new ModelDims(i, h, 2);
            assertEquals(
                    new Network.Workspace(dims, b, t).bytes(),
                    Network.Workspace.bytes(dims, b, t),
                    "Workspace " + b + "x" + t);
        }
    }

    @Test
    void backwardRefusesToRunWithoutAForwardPass() {
        ModelParams p = Fixtures.params(DIMS, 1);
        LstmCache cache = new LstmCache(2, 3, 1, 4);
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Lstm.backward(
                        p.lstm(),
                        cache,
                        FloatArray.zeros(2, 3, 4),
                        LstmState.zeros(2, 4),
                        p.zerosLike().lstm()));
        assertTrue(e.getMessage().contains("forward"), e.getMessage());
    }

    @Test
    void backwardRefusesWeightsOtherThanTheForwardPassUsed() {
        ModelParams p = Fixtures.params(DIMS, 1), other = Fixtures.params(DIMS, 2);
        Network.Workspace ws = new Network.Workspace(DIMS, 2, 3);
        Chunk c = Fixtures.chunk(DIMS, 2, 3, 3);
        Network.forward(p, c, LstmState.zeros(2, 4), ws);
        assertThrows(
                IllegalStateException.class,
                () -> Network.backward(other, c, LstmState.zeros(2, 4), ws, p.zerosLike()));
    }

    @Test
    void forwardRejectsInputsOfTheWrongShapeNamingThem() {
        ModelParams p = Fixtures.params(DIMS, 1);
        LstmCache cache = new LstmCache(2, 3, 1, 4);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Lstm.forward(p.lstm(), FloatArray.zeros(2, 4, 1), LstmState.zeros(2, 4), cache));
        assertTrue(e.getMessage().contains("x has shape [2, 4, 1], expected [2, 3, 1]"), e.getMessage());
    }

    @Test
    void viewsAreRefusedBecauseTheirMemoryCannotBeAddressedSafely() {
        var whole = org.nd4j.linalg.factory.Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 4, 4);
        var row = whole.getRow(1);
        assertThrows(IllegalArgumentException.class, () -> FloatArray.wrap(row));
    }

    @Test
    void forgetGateBiasStartsAtOneAndInitialisationIsSeeded() {
        ModelParams a = Initializer.initialize(new ModelDims(1, 3, 1), 42);
        ModelParams b = Initializer.initialize(new ModelDims(1, 3, 1), 42);
        for (int j = 3; j < 6; j++) {
            assertEquals(1f, a.lstm().b().get(j));
        }
        assertEquals(java.util.Arrays.toString(a.flatten()), java.util.Arrays.toString(b.flatten()));
        float bound = (float) (1 / Math.sqrt(3));
        for (float v : a.lstm().wh().toFloatArray()) {
            assertTrue(Math.abs(v) <= bound);
        }
    }

    @Test
    void maskWithNoCountedStepGivesZeroLossAndZeroGradient() {
        FloatArray y = FloatArray.of(new float[] {1, 2}, 1, 2, 1), t = FloatArray.zeros(1, 2, 1);
        FloatArray mask = FloatArray.zeros(1, 2), dy = FloatArray.zeros(1, 2, 1);
        assertEquals(0.0, MaskedMse.loss(y, t, mask));
        MaskedMse.gradient(y, t, mask, dy);
        assertEquals(0.0, dy.sumOfSquares());
    }

    @Test
    void maskedMseAveragesOverCountedStepsOnly() {
        FloatArray y = FloatArray.of(new float[] {1, 2, 3}, 1, 3, 1), t = FloatArray.zeros(1, 3, 1);
        FloatArray mask = FloatArray.of(new float[] {1, 0, 1}, 1, 3);
        assertEquals((1 + 9) / 2.0, MaskedMse.loss(y, t, mask), 1e-9);
    }
}
