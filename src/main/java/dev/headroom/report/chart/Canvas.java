package dev.headroom.report.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A white, anti-aliased Java2D image drawn at twice its logical size so that it stays sharp on
 * paper and on high-density screens. Headless: needs no display and never starts JavaFX.
 */
public final class Canvas {
    /** Pixels per logical unit. */
    public static final int SCALE = 2;
    public static final String FONT = Font.SANS_SERIF;

    static final Stroke DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    static final Stroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3.5f}, 0f);

    private Canvas() {}

    /** A blank image of {@code width × height} logical units and its graphics, ready to draw. */
    static BufferedImage image(int width, int height) {
        return new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    }

    static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.scale(SCALE, SCALE);
        return g;
    }

    static Font font(int style, float size) {
        return new Font(FONT, style, 1).deriveFont(size);
    }

    /**
     * The fonts the report ships for scripts the machine's may lack (Chinese, Japanese, Korean,
     * emoji; see {@code report.PdfReport}), loaded once; missing ones are skipped.
     */
    private static final java.util.List<Font> FALLBACKS = fallbacks();

    private static java.util.List<Font> fallbacks() {
        java.util.List<Font> out = new java.util.ArrayList<>();
        for (String f : new String[] {"DroidSansFallbackFull.ttf", "NanumSquare.ttf",
            "Symbola.ttf"}) {
            try (java.io.InputStream in = Canvas.class.getResourceAsStream(
                    "/dev/headroom/report/fonts/" + f)) {
                if (in != null) {
                    out.add(Font.createFont(Font.TRUETYPE_FONT, in));
                }
            } catch (IOException | java.awt.FontFormatException e) {
                System.getLogger(Canvas.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot load the font " + f, e);
            }
        }
        return java.util.List.copyOf(out);
    }

    /**
     * {@code base}, or a shipped font of its style and size that shows more of {@code text}:
     * a model's names may be written in any script, and the machine's fonts may show Chinese
     * or an emoji as empty boxes.
     */
    static Font fontFor(String text, Font base) {
        if (text == null || base.canDisplayUpTo(text) < 0) {
            return base;
        }
        Font best = base;
        int bestShown = base.canDisplayUpTo(text);
        for (Font f : FALLBACKS) {
            Font sized = f.deriveFont(base.getStyle(), base.getSize2D());
            int shown = sized.canDisplayUpTo(text);
            if (shown < 0) {
                return sized;
            }
            if (shown > bestShown) {
                best = sized;
                bestShown = shown;
            }
        }
        return best;
    }

    /** Draws text from a model (a name) in a font that shows it; the graphics' font is kept. */
    static void drawName(Graphics2D g, String text, float x, float y) {
        Font was = g.getFont();
        g.setFont(fontFor(text, was));
        g.drawString(text, x, y);
        g.setFont(was);
    }

    /** The image as PNG bytes. */
    public static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Cuts {@code text} to fit {@code width} with an ellipsis, at a word boundary when one
     * leaves something to read, else within the first word.
     */
    static String fit(Graphics2D g, String text, double width) {
        var fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        for (int n = text.length() - 1; n > 0; n--) {
            String s = dev.headroom.app.Words.shorten(text, n);
            if (s.length() < text.length() && fm.stringWidth(s) <= width
                    && s.length() > 4) {
                return s;
            }
        }
        String s = text;
        while (!s.isEmpty() && fm.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
