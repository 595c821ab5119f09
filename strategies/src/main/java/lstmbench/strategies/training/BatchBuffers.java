package lstmbench.strategies.training;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import lstmbench.kernel.Chunk;
import lstmbench.kernel.LstmState;
import lstmbench.kernel.ModelDims;
import lstmbench.kernel.Network;

/**
 * The kernel buffers of the batch shapes a run uses, allocated once per shape [B, T] and reused:
 * a Network.Workspace and a Chunk to fill from the series. At most CAPACITY shapes are held (least
 * recently used evicted) so strategies whose shapes vary per epoch (random offsets) stay bounded.
 * Zero states (also used as the cut gradient dFinal; the kernel never writes them) and carry
 * states are kept per row count.
 */
final class BatchBuffers {
    static final int CAPACITY = 4;

    record Slot(Network.Workspace workspace, Chunk chunk) {}

    private record Shape(int rows, int length) {}

    private final ModelDims dims;
    private final Map<Shape, Slot> slots = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Shape, Slot> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Map<Integer, LstmState> zeros = new HashMap<>();
    private final Map<Integer, LstmState> carries = new HashMap<>();
    private long largestWorkspaceBytes;

    BatchBuffers(ModelDims dims) {
        this.dims = dims;
    }

    Slot slot(int rows, int length) {
        return slots.computeIfAbsent(new Shape(rows, length), s -> {
            Network.Workspace ws = new Network.Workspace(dims, rows, length);
            largestWorkspaceBytes = Math.max(largestWorkspaceBytes, ws.bytes());
            return new Slot(ws, Chunk.zeros(rows, length, dims.inputSize(), dims.outputSize()));
        });
    }

    LstmState zero(int rows) {
        return zeros.computeIfAbsent(rows, r -> LstmState.zeros(r, dims.hiddenSize()));
    }

    LstmState carry(int rows) {
        return carries.computeIfAbsent(rows, r -> LstmState.zeros(r, dims.hiddenSize()));
    }

    long largestWorkspaceBytes() {
        return largestWorkspaceBytes;
    }
}
