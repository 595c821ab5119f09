package lstmbench.kernel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A dense float32 ND4J array together with the handles the kernel's hot loops use on it:
 * a direct FloatBuffer over the same memory (element-wise math in plain Java loops, which costs
 * nanoseconds per element where one tiny ND4J op costs microseconds), a native-order ByteBuffer
 * over it as well (what the Vector API loads from and stores into, see GateMath) and a
 * FloatPointer for handing the memory to BLAS without allocating (see Blas).
 *
 * <p>Only whole, contiguous, row-major (c-order) arrays are accepted: ND4J views report the memory
 * of their parent inconsistently between data().asNioFloat() and data().addressPointer(), so the
 * kernel never works on views. The pointer's position is moved by Blas for strided sub-matrices;
 * arrays shared between threads (parameters) are only ever used at position 0.
 */
public final class FloatArray {
    private final INDArray array;
    private final FloatBuffer buffer;
    private final ByteBuffer bytes;
    private final FloatPointer pointer;

    private FloatArray(INDArray array) {
        this.array = array;
        this.buffer = array.data().asNioFloat();
        this.bytes = array.data().asNio().duplicate().order(ByteOrder.nativeOrder());
        this.pointer = new FloatPointer(array.data().addressPointer());
    }

    /** Wraps an existing array; refuses views, other data types and non-c-order layouts. */
    public static FloatArray wrap(INDArray array) {
        if (array.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("kernel arrays must be FLOAT, got " + array.dataType());
        }
        if (array.isView() || array.ordering() != 'c' || array.data().length() != array.length()) {
            throw new IllegalArgumentException(
                    "kernel arrays must be whole c-order arrays, not views; shape " + Arrays.toString(array.shape()));
        }
        return new FloatArray(array);
    }

    /** A new zero-filled array of the given shape. */
    public static FloatArray zeros(long... shape) {
        return new FloatArray(Nd4j.zeros(DataType.FLOAT, shape));
    }

    /** A new array with a copy of the given values, in the given shape. */
    public static FloatArray of(float[] values, long... shape) {
        FloatArray a = zeros(shape);
        if (values.length != a.length()) {
            throw new IllegalArgumentException(values.length + " values do not fill shape " + Arrays.toString(shape));
        }
        a.buffer.put(0, values);
        return a;
    }

    public INDArray array() {
        return array;
    }

    /** Direct buffer over the array's memory; index i is flat c-order element i. */
    public FloatBuffer buffer() {
        return buffer;
    }

    /** The same memory as bytes in native order; float i is at byte 4 * i. */
    ByteBuffer bytes() {
        return bytes;
    }

    FloatPointer pointer() {
        return pointer;
    }

    public long[] shape() {
        return array.shape();
    }

    public int length() {
        return (int) array.length();
    }

    public float get(int i) {
        return buffer.get(i);
    }

    public void set(int i, float v) {
        buffer.put(i, v);
    }

    public void fill(float v) {
        for (int i = 0, n = length(); i < n; i++) {
            buffer.put(i, v);
        }
    }

    /** Copies every element of {@code src}, which must have the same length. */
    public void copyFrom(FloatArray src) {
        requireLength(src.length(), "copy source");
        buffer.put(0, src.buffer, 0, length());
    }

    /** Adds every element of {@code src} into this array. */
    public void addFrom(FloatArray src) {
        requireLength(src.length(), "addend");
        for (int i = 0, n = length(); i < n; i++) {
            buffer.put(i, buffer.get(i) + src.buffer.get(i));
        }
    }

    public float[] toFloatArray() {
        float[] out = new float[length()];
        buffer.get(0, out);
        return out;
    }

    public FloatArray copy() {
        FloatArray c = zeros(shape());
        c.copyFrom(this);
        return c;
    }

    /** Sum of squares in double precision. */
    public double sumOfSquares() {
        double s = 0;
        for (int i = 0, n = length(); i < n; i++) {
            double v = buffer.get(i);
            s += v * v;
        }
        return s;
    }

    public void scale(float factor) {
        for (int i = 0, n = length(); i < n; i++) {
            buffer.put(i, buffer.get(i) * factor);
        }
    }

    /** True when every element is finite (neither NaN nor infinite). */
    public boolean allFinite() {
        for (int i = 0, n = length(); i < n; i++) {
            if (!Float.isFinite(buffer.get(i))) {
                return false;
            }
        }
        return true;
    }

    void requireShape(String name, long... expected) {
        if (!Arrays.equals(shape(), expected)) {
            throw new IllegalArgumentException(
                    name + " has shape " + Arrays.toString(shape()) + ", expected " + Arrays.toString(expected));
        }
    }

    private void requireLength(int n, String what) {
        if (n != length()) {
            throw new IllegalArgumentException(what + " has " + n + " elements, expected " + length());
        }
    }

    @Override
    public String toString() {
        return "FloatArray" + Arrays.toString(shape());
    }
}
