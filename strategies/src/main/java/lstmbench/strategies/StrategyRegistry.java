package lstmbench.strategies;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lstmbench.datasets.specstring.ParameterInfo;
import lstmbench.datasets.specstring.SpecException;
import lstmbench.datasets.specstring.SpecString;
import lstmbench.strategies.kinds.ChunkedReset;
import lstmbench.strategies.kinds.FullBptt;
import lstmbench.strategies.kinds.RandomOffset;
import lstmbench.strategies.kinds.Shuffled;
import lstmbench.strategies.kinds.SlidingWindow;
import lstmbench.strategies.kinds.StatefulBurnIn;
import lstmbench.strategies.kinds.StatefulFullGraph;
import lstmbench.strategies.kinds.StatefulTbptt;
import lstmbench.strategies.kinds.TbpttOverlap;
import lstmbench.strategies.plan.Remainder;

/**
 * The strategies by the names users type. Adding a strategy is adding its class and one entry here.
 * Spec strings have the form name?key=value&amp;key=value, parsed by the datasets module's
 * SpecString as dataset specifications are, e.g. stateful-tbptt?chunk=100&amp;streams=16; absent
 * keys take the defaults listed by parameters().
 */
public final class StrategyRegistry {
    private static final ParameterInfo BATCH = new ParameterInfo("batch", "rows per batch, >= 1", "32");
    private static final ParameterInfo STREAMS =
            new ParameterInfo("streams", "number of contiguous streams B (rows per batch), >= 1", "32");
    private static final ParameterInfo CHUNK = new ParameterInfo("chunk", "chunk length T in steps, >= 1", "50");
    private static final ParameterInfo REMAINDER = new ParameterInfo(
            "remainder",
            "keep: a piece that does not fill the shape runs as a smaller batch; drop: it is trimmed and reported",
            "keep");

    private static final List<StrategyType> TYPES = List.of(
            new StrategyType(
                    SlidingWindow.NAME,
                    "overlapping windows of length W, stride 1, in order; zero state; loss on the step after each window",
                    List.of(new ParameterInfo("window", "window length W in steps, >= 1", "50"), BATCH, REMAINDER),
                    p -> new SlidingWindow(
                            p.integer("window"), p.integer("batch"), p.choice("remainder", Remainder.class))),
            new StrategyType(
                    ChunkedReset.NAME,
                    "non-overlapping chunks of length T in order; zero state each batch; loss on every step",
                    List.of(CHUNK, BATCH, REMAINDER),
                    p -> new ChunkedReset(
                            p.integer("chunk"), p.integer("batch"), p.choice("remainder", Remainder.class))),
            new StrategyType(
                    Shuffled.NAME,
                    "windows or chunks in a fresh random order each epoch; zero state",
                    List.of(
                            new ParameterInfo(
                                    "unit",
                                    "windows (loss after each window) or chunks (loss on every step)",
                                    "windows"),
                            new ParameterInfo("length", "window length W or chunk length T, >= 1", "50"),
                            BATCH,
                            new ParameterInfo("order", "shuffled (each epoch) or series (no shuffle)", "shuffled"),
                            REMAINDER),
                    p -> new Shuffled(
                            p.choice("unit", Shuffled.Unit.class),
                            p.integer("length"),
                            p.integer("batch"),
                            p.choice("order", Shuffled.Order.class),
                            p.choice("remainder", Remainder.class))),
            new StrategyType(
                    StatefulTbptt.NAME,
                    "B contiguous streams in chunks of T; state carried between batches, gradient cut at the boundary",
                    List.of(CHUNK, STREAMS, REMAINDER),
                    p -> new StatefulTbptt(
                            p.integer("chunk"), p.integer("streams"), p.choice("remainder", Remainder.class))),
            new StrategyType(
                    TbpttOverlap.NAME,
                    "Williams & Peng TBPTT(k1, k2): every k1 new steps, back-propagate through the last k2",
                    List.of(
                            new ParameterInfo("k1", "new (scored) steps per batch, >= 1", "25"),
                            new ParameterInfo("k2", "steps back-propagated per batch, >= k1", "50"),
                            STREAMS,
                            REMAINDER),
                    p -> new TbpttOverlap(
                            p.integer("k1"),
                            p.integer("k2"),
                            p.integer("streams"),
                            p.choice("remainder", Remainder.class))),
            new StrategyType(
                    StatefulBurnIn.NAME,
                    "stateful-tbptt with burn-in steps that build state without loss, once per epoch or per batch",
                    List.of(
                            CHUNK,
                            new ParameterInfo("burn-in", "burn-in steps, >= 1", "25"),
                            new ParameterInfo(
                                    "scope",
                                    "epoch (burn in once, then carry) or batch (zero state,"
                                            + " burn in before every batch)",
                                    "epoch"),
                            STREAMS,
                            REMAINDER),
                    p -> new StatefulBurnIn(
                            p.integer("chunk"),
                            p.integer("burn-in"),
                            p.choice("scope", StatefulBurnIn.Scope.class),
                            p.integer("streams"),
                            p.choice("remainder", Remainder.class))),
            new StrategyType(
                    RandomOffset.NAME,
                    "stateful-tbptt whose chunk boundaries shift by a random offset in [0, T) each epoch",
                    List.of(CHUNK, STREAMS, REMAINDER),
                    p -> new RandomOffset(
                            p.integer("chunk"), p.integer("streams"), p.choice("remainder", Remainder.class))),
            new StrategyType(
                    StatefulFullGraph.NAME,
                    "stateful-tbptt that back-propagates each chunk's loss through the last max-chunks chunks of"
                            + " its stream (all of them from the epoch's start when max-chunks covers the stream):"
                            + " state carried with its gradient; cost grows with the batch index up to the cap",
                    List.of(
                            CHUNK,
                            STREAMS,
                            new ParameterInfo(
                                    "max-chunks",
                                    "chunks one loss is back-propagated"
                                            + " through, >= 1 (1: stateful-tbptt; at least the chunks per stream: the whole"
                                            + " epoch so far); an epoch may run at most " + StatefulFullGraph.WORK_BOUND
                                            + " x the steps it scores",
                                    "8"),
                            REMAINDER),
                    p -> new StatefulFullGraph(
                            p.integer("chunk"),
                            p.integer("streams"),
                            p.integer("max-chunks"),
                            p.choice("remainder", Remainder.class))),
            new StrategyType(
                    FullBptt.NAME,
                    "the whole training series as one sequence, batch 1, exact gradient (the reference; expensive)",
                    List.of(),
                    p -> new FullBptt()));

    private StrategyRegistry() {}

    public static List<StrategyType> all() {
        return TYPES;
    }

    public static List<String> names() {
        return TYPES.stream().map(StrategyType::name).toList();
    }

    public static Optional<StrategyType> find(String name) {
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The type called {@code name}, or an error listing the valid names. */
    public static StrategyType byName(String name) {
        return find(name)
                .orElseThrow(() -> new StrategyException(
                        "Unknown strategy '" + name + "': expected one of " + String.join(", ", names())));
    }

    /**
     * Parses {@code name} or {@code name?key=value&key=value} (the datasets module's SpecString)
     * into the strategy's record; every error is a {@link StrategyException} quoting the spec.
     */
    public static Strategy parse(String spec) {
        try {
            SpecString parsed = SpecString.parse(spec);
            return byName(parsed.name()).create(parsed.parameters());
        } catch (SpecException | StrategyException e) {
            throw new StrategyException("Strategy spec '" + spec.trim() + "': " + e.getMessage());
        }
    }

    /** Every strategy at its defaults, in registry order. */
    public static List<Strategy> defaults() {
        return TYPES.stream().map(StrategyType::defaults).collect(Collectors.toList());
    }
}
