package dev.headroom.ui.drills;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import javafx.scene.paint.Color;

/**
 * What one drill chart shows, as data: a y per bucket for each series (NaN: no value there),
 * the bands of the drill's events, horizontal limits, and the axes. {@link TimelineChart} draws
 * it; tests read it.
 *
 * @param id a stable id ({@code traffic}, {@code latency}, {@code queues}, {@code instances})
 * @param x the start of each bucket, seconds
 * @param bucket the bucket width, seconds
 * @param yMax the top of the y axis (shared by the charts of the two policy sets)
 * @param logY a logarithmic y axis from {@code yMin} (latency spans milliseconds to minutes)
 * @param note a line under the chart, or null
 */
public record TimelinePlot(String id, String title, String yLabel, double[] x, double bucket,
        List<Series> series, List<Band> bands, List<Limit> limits, List<Marker> markers,
        double yMin, double yMax, boolean logY, DoubleFunction<String> format, String note) {

    public TimelinePlot {
        Objects.requireNonNull(id);
        x = x.clone();
        series = List.copyOf(series);
        bands = List.copyOf(bands);
        limits = List.copyOf(limits);
        markers = List.copyOf(markers);
    }

    /** A vertical line at a moment (the recovery), labelled at the top. */
    public record Marker(double x, String label, Color color) {}

    /** How a series is drawn. */
    public enum Style { SOLID, DASHED, DOTTED, STEP }

    /** One line: a y per bucket. */
    public record Series(String name, Color color, Style style, double[] y) {
        public Series {
            y = y.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        double at(int i) {
            return y[i];
        }
    }

    /** A span of the drill where something is going wrong, drawn behind the lines. */
    public record Band(double from, double to, String label, Color color) {}

    /** A horizontal reference line (the SLO). */
    public record Limit(String label, double y, Color color) {}

    public Series series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no series " + name + " in " + id));
    }

    double x(int i) {
        return x[i];
    }

    int size() {
        return x.length;
    }

    /** The x axis ends at the end of the last bucket. */
    double xMax() {
        return x.length == 0 ? 1 : x[x.length - 1] + bucket;
    }
}
