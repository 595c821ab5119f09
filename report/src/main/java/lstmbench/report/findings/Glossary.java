package lstmbench.report.findings;

import java.util.List;

/**
 * The words a reader of the verdict trips on, each in one sentence, in terms of what the strategies do.
 *
 * @param word    the term
 * @param meaning its meaning here
 */
public record Glossary(String word, String meaning) {
    /** Every term, in the order a reader meets them. */
    public static final List<Glossary> TERMS = List.of(
            new Glossary(
                    "sample",
                    "One training target together with the inputs the model reads before it: for "
                            + "sliding-window a window and the value after it, for the chunked and stateful strategies every "
                            + "step of a chunk (each step's next value is a target)."),
            new Glossary(
                    "window",
                    "W consecutive points read from zero state to forecast the point after them; "
                            + "sliding-window moves it one point at a time, so each point is read up to W times per epoch."),
            new Glossary(
                    "chunk",
                    "T consecutive points that do not overlap the next chunk, each read once per epoch "
                            + "(chunked-reset, shuffled with unit=chunks, stateful-tbptt)."),
            new Glossary(
                    "batch",
                    "The rows (windows, chunks or pieces of streams) run together for one optimiser " + "update."),
            new Glossary(
                    "stream",
                    "One of the B contiguous pieces the stateful strategies divide the training series "
                            + "into; row i of every batch continues stream i where the previous batch stopped."),
            new Glossary(
                    "epoch",
                    "One pass over the training series as the strategy cuts it; it is not the same "
                            + "work for every strategy, hence the updates and timesteps columns."),
            new Glossary(
                    "state reset",
                    "Starting a batch row from zero hidden and cell state (sliding-window, "
                            + "chunked-reset, shuffled): the model can then use only the past inside that row."),
            new Glossary(
                    "detach / truncation",
                    "Carrying the state's values into the next batch but cutting its "
                            + "gradient at the batch boundary (stateful-tbptt; in PyTorch h = h.detach()), so backward "
                            + "never reaches into a batch already trained on, whose graph PyTorch has freed: the cause of "
                            + "\"Trying to backward through the graph a second time\"."),
            new Glossary(
                    "evaluation mode",
                    "Streaming runs the model from the series start with its state carried "
                            + "through; windowed starts every forecast from zero state over the last W points, as a "
                            + "reset strategy trains."),
            new Glossary(
                    "budget",
                    "What every strategy may spend on training, the same for all: epochs, optimiser "
                            + "updates, timesteps or seconds."),
            new Glossary(
                    "persistence",
                    "The forecast \"next value = last value\"; a model worse than it has not "
                            + "learned anything useful."));
}
