package lstmbench.report.chart;

import java.io.IOException;
import java.nio.file.Path;
import lstmbench.report.io.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;

/**
 * Saves a figure as a PNG next to the page, atomically, without a display.
 *
 * <p>PNG output of figures; needs {@code java.awt.headless=true} on machines without a display.
 */
public final class PngFiles {
    private PngFiles() {}

    /** Writes {@code figure} to {@code dir/<name>.png} and returns that path. */
    public static Path write(Figure<?> figure, Path dir) throws IOException {
        Path file = dir.resolve(figure.fileName());
        AtomicFiles.write(file, out -> BitmapEncoder.saveBitmap(figure.chart(), out, BitmapEncoder.BitmapFormat.PNG));
        return file;
    }
}
