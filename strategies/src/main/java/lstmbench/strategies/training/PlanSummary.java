package lstmbench.strategies.training;

import lstmbench.strategies.plan.MaterializedBytes;
import lstmbench.strategies.plan.Trim;

/**
 * The cost side of a strategy's first epoch plan: forward steps and scored predictions per epoch,
 * the training input it materialises (built lazily per batch), the largest activation cache one
 * batch needs (kernel workspace bytes), the number of batches, and what it trimmed.
 */
public record PlanSummary(
        int batches,
        long timestepsPerEpoch,
        long lossStepsPerEpoch,
        MaterializedBytes materialized,
        long largestWorkspaceBytes,
        Trim trim) {}
