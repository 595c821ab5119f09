package lstmbench.report.findings;

import java.util.Objects;

/**
 * A computed answer to one {@link Question} on one dataset: a sentence built from the measured numbers
 * (strategies, their test MSE in the selected mode with seed ranges, the number of seeds and the budget).
 *
 * @param question   the question
 * @param standing   whether the measurements decide it
 * @param conclusion the answer in one short sentence, e.g. "Non-overlapping chunks gave the lower test
 *                   error on this budget." or "Not conclusive."
 * @param evidence   the numbers it rests on and what qualifies them
 */
public record Answer(Question question, Standing standing, String conclusion, String evidence) {
    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Conclusion and evidence as one text. */
    public String text() {
        return evidence.isEmpty() ? conclusion : conclusion + " " + evidence;
    }

    /** How far the measurements go. */
    public enum Standing {
        /** Both sides have at least two seeds and their seed ranges do not overlap. */
        CLEAR("clear"),
        /** The seed ranges overlap, or a side has a single seed. */
        NOT_CONCLUSIVE("not conclusive"),
        /** The strategies the question needs are not in the results. */
        NOT_RUN("not run");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        /** The label printed beside the answer. */
        public String label() {
            return label;
        }
    }
}
