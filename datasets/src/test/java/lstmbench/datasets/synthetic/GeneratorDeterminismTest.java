package lstmbench.datasets.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import lstmbench.datasets.specstring.SpecString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every generator is a pure function of its parameters and seed: same seed, same series; another
 * seed, another series; the requested length; only finite values; defaults that build.
 */
class GeneratorDeterminismTest {

    @ParameterizedTest
    @EnumSource(Generator.class)
    void sameSeedGivesTheSameSeriesAndAnotherSeedAnotherOne(Generator generator) {
        SyntheticProcess process = generator.defaultProcess();
        double[] first = process.generate(3000, 7);
        assertArrayEquals(first, process.generate(3000, 7));
        assertFalse(Arrays.equals(first, process.generate(3000, 8)));
        assertEquals(3000, first.length);
        assertTrue(Arrays.stream(first).allMatch(Double::isFinite));
    }

    @ParameterizedTest
    @EnumSource(Generator.class)
    void parameterTextRebuildsTheSameProcess(Generator generator) {
        SyntheticProcess process = generator.defaultProcess();
        Map<String, String> parsed =
                SpecString.parse("?" + process.parameterText()).parameters();
        assertEquals(process, generator.create(generator.read(parsed)));
        assertEquals(generator, process.generator());
    }

    @ParameterizedTest
    @EnumSource(Generator.class)
    void everyGeneratorStatesItsMemoryDemand(Generator generator) {
        MemoryDemand demand = generator.defaultProcess().memoryDemand();
        assertTrue(demand.steps() >= 1);
        assertFalse(demand.explanation().isBlank());
    }
}
