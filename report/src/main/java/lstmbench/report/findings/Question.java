package lstmbench.report.findings;

/**
 * The questions about batching one long series that the verdict answers from the measurements.
 *
 * <p>Each names the strategies it needs; a dataset without them gets an answer saying what to run.
 */
public enum Question {
    WINDOWS_OR_CHUNKS("Sliding windows or non-overlapping chunks?"),
    RESET_OR_CARRY("Reset the hidden state for each batch, or carry it? Does resetting destroy the memory?"),
    SHUFFLING("Does shuffling destroy the order that matters?"),
    DETACH("How should the state be carried between batches (detach, or keep the whole graph)?");

    private final String text;

    Question(String text) {
        this.text = text;
    }

    /** The question as the page and README print it. */
    public String text() {
        return text;
    }
}
