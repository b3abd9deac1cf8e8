package dev.headroom.report.chart;

import java.awt.Color;

/**
 * The report's colours: one categorical palette (a design, a request class or a component keeps
 * its colour in every chart, by its index in the model) and the inks of axes, grid and the
 * reference lines.
 */
public final class Palette {
    private Palette() {}

    private static final Color[] SERIES = {
        new Color(0x2563EB), new Color(0xF97316), new Color(0x059669), new Color(0x9333EA),
        new Color(0xDB2777), new Color(0x0891B2), new Color(0xCA8A04), new Color(0x475569),
        new Color(0x65A30D), new Color(0xDC2626), new Color(0x4F46E5), new Color(0x0D9488),
    };

    public static final Color INK = new Color(0x0F172A);
    public static final Color MUTED = new Color(0x64748B);
    public static final Color GRID = new Color(0xE2E8F0);
    public static final Color AXIS = new Color(0x94A3B8);
    public static final Color LIMIT = new Color(0xDC2626);
    public static final Color MARK = new Color(0xB91C1C);

    /** The colour of the {@code i}-th series (cycles after twelve). */
    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** {@code c} at {@code alpha} (0..255). */
    public static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** CSS hex of a colour, for the HTML swatches. */
    public static String css(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
