package dev.headroom.report.chart;

import java.awt.image.BufferedImage;

/**
 * One drawn figure of a report.
 *
 * @param id a file-name-safe name ({@code latency}, {@code bill}…), for PNG export
 * @param title what it shows
 * @param image the picture, at {@link Canvas#SCALE} pixels per logical unit
 */
public record Chart(String id, String title, BufferedImage image) {
    public byte[] png() {
        return Canvas.png(image);
    }

    /** Width in logical units (how wide it is meant to be shown). */
    public int logicalWidth() {
        return image.getWidth() / Canvas.SCALE;
    }
}
