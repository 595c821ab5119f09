package lstmbench.report.chart;

/**
 * Picks a readable binary unit (B, KiB, MiB, GiB) for a set of byte counts.
 *
 * <p>A binary byte unit.
 */
enum ByteUnit {
    B(1),
    KIB(1024),
    MIB(1024 * 1024),
    GIB(1024L * 1024 * 1024);

    private final double bytes;

    ByteUnit(double bytes) {
        this.bytes = bytes;
    }

    /** The largest unit in which {@code maxBytes} is at least 1. */
    static ByteUnit fitting(double maxBytes) {
        ByteUnit fit = B;
        for (ByteUnit unit : values()) {
            if (maxBytes >= unit.bytes) {
                fit = unit;
            }
        }
        return fit;
    }

    double of(double bytesValue) {
        return bytesValue / bytes;
    }

    String label() {
        return this == B ? "B" : name().charAt(0) + "iB";
    }
}
