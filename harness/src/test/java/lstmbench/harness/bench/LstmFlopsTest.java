package lstmbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LstmFlopsTest {
    // H=2, B=3, T=4, I=1, so 4H = 8. Per step:
    //   forward  recurrent 2*3*2*8 = 96, input 2*3*1*8 = 48                  -> 144, x4 steps = 576
    //   backward dh 2*3*8*2 = 96, dWh 2*2*3*8 = 96, dWx 2*1*3*8 = 48, dx 48  -> 288, x4 steps = 1152
    @Test
    void countsTheGateProductsOfASmallChunkByHand() {
        assertEquals(576, LstmFlops.forward(2, 3, 4, 1));
        assertEquals(1152, LstmFlops.backward(2, 3, 4, 1));
        assertEquals(1728, LstmFlops.forwardBackward(2, 3, 4, 1));
    }

    @Test
    void backwardCostsTwiceTheForwardAndTheTotalIsTheClosedForm() {
        int h = 32, b = 32, t = 50, i = 1;
        assertEquals(2 * LstmFlops.forward(h, b, t, i), LstmFlops.backward(h, b, t, i));
        assertEquals(24.0 * b * h * t * (h + i), LstmFlops.forwardBackward(h, b, t, i));
        assertEquals(4_224_000, LstmFlops.forwardBackward(10, 32, 50, 1));
    }

    @Test
    void recurrentProductIsOneBByHByFourHGemm() {
        assertEquals(96, LstmFlops.recurrentProduct(2, 3));
        assertEquals(2.0 * 32 * 128 * 512, LstmFlops.recurrentProduct(128, 32));
    }
}
