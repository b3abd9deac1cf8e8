package dev.headroom.ui.files;

import dev.headroom.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The main window's size and position, remembered between runs in {@code window.properties} in
 * the Headroom folder (next to the recent files). What is read back is checked against the
 * screens there are now: a window saved on a screen since unplugged, or larger than the screen,
 * is brought back onto a visible screen. Plain arithmetic, no JavaFX, so that it is tested
 * without a display.
 */
public final class WindowPlacement {
    /** The default size on a large enough screen. */
    public static final double DEFAULT_WIDTH = 1400;
    public static final double DEFAULT_HEIGHT = 900;
    /** The smallest window the layout is made for (a 1366 × 768 laptop less its panels). */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;
    /** How much of the title bar must lie on a screen for a saved position to be kept. */
    static final double GRIP_WIDTH = 120;
    static final double GRIP_HEIGHT = 40;

    /** A rectangle on the desktop, in the screens' coordinates. */
    public record Bounds(double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        boolean valid() {
            return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width)
                    && Double.isFinite(height) && width > 0 && height > 0;
        }
    }

    /** Where the window was, and whether it was maximized. */
    public record Saved(Bounds bounds, boolean maximized) {}

    private final Path store;

    public WindowPlacement(Path store) {
        this.store = store;
    }

    public static WindowPlacement inHome() {
        return new WindowPlacement(HeadroomHome.folder().resolve("window.properties"));
    }

    /** What was saved last; empty when nothing was, or the file is damaged. */
    public Optional<Saved> load() {
        if (!Files.isRegularFile(store)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
            p.load(r);
            Bounds b = new Bounds(Double.parseDouble(p.getProperty("x")),
                    Double.parseDouble(p.getProperty("y")),
                    Double.parseDouble(p.getProperty("width")),
                    Double.parseDouble(p.getProperty("height")));
            return b.valid() ? Optional.of(new Saved(b,
                    Boolean.parseBoolean(p.getProperty("maximized")))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers the window; a failure to write is not worth interrupting anyone for. */
    public void save(Saved s) {
        if (!s.bounds().valid()) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("x", Double.toString(s.bounds().x()));
        p.setProperty("y", Double.toString(s.bounds().y()));
        p.setProperty("width", Double.toString(s.bounds().width()));
        p.setProperty("height", Double.toString(s.bounds().height()));
        p.setProperty("maximized", Boolean.toString(s.maximized()));
        try {
            StringWriter w = new StringWriter();
            p.store(w, "The Headroom window's last size and position");
            Files.createDirectories(store.getParent());
            AtomicFiles.writeString(store, w.toString());
        } catch (IOException e) {
            // the next start uses the default placement
        }
    }

    /**
     * The default: {@link #DEFAULT_WIDTH} × {@link #DEFAULT_HEIGHT}, or 90% of a smaller
     * screen, centred on {@code screen} (the usable area of the primary screen).
     */
    public static Bounds defaultOn(Bounds screen) {
        double w = Math.min(DEFAULT_WIDTH, Math.floor(screen.width() * 0.9));
        double h = Math.min(DEFAULT_HEIGHT, Math.floor(screen.height() * 0.9));
        return new Bounds(Math.round(screen.x() + (screen.width() - w) / 2),
                Math.round(screen.y() + (screen.height() - h) / 2), w, h);
    }

    /**
     * Where the window goes: the saved bounds when their title bar still lies on one of
     * {@code screens} (usable areas, the primary first), shrunk to fit that screen and moved
     * onto it; else the default on the primary screen.
     */
    public static Bounds place(Optional<Saved> saved, List<Bounds> screens) {
        Bounds primary = screens.isEmpty() ? new Bounds(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT)
                : screens.get(0);
        if (saved.isEmpty() || !saved.get().bounds().valid()) {
            return defaultOn(primary);
        }
        Bounds b = saved.get().bounds();
        Bounds grip = new Bounds(b.x() + Math.max(0, (b.width() - GRIP_WIDTH) / 2), b.y(),
                Math.min(GRIP_WIDTH, b.width()), Math.min(GRIP_HEIGHT, b.height()));
        for (Bounds s : screens) {
            if (overlapArea(grip, s) >= 0.5 * grip.width() * grip.height()) {
                return fitInto(b, s);
            }
        }
        return defaultOn(primary);
    }

    /** {@code b} made no larger than {@code screen} and moved (not resized further) onto it. */
    static Bounds fitInto(Bounds b, Bounds screen) {
        double w = Math.min(b.width(), screen.width());
        double h = Math.min(b.height(), screen.height());
        double x = Math.min(Math.max(b.x(), screen.x()), screen.right() - w);
        double y = Math.min(Math.max(b.y(), screen.y()), screen.bottom() - h);
        return new Bounds(x, y, w, h);
    }

    private static double overlapArea(Bounds a, Bounds b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
