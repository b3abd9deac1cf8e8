package dev.headroom.ui.canvas;

import dev.headroom.model.Kind;
import javafx.scene.shape.SVGPath;

/** Line icons (24 × 24, stroked) for each component kind, styled by CSS class {@code kind-icon}. */
public final class Icons {
    private Icons() {}

    public static String path(Kind kind) {
        return switch (kind) {
            case LOAD_BALANCER -> "M12 3v5 M12 8 5 15 M12 8v7 M12 8l7 7 M3 15h4v5H3z M10 15h4v5h-4z"
                    + " M17 15h4v5h-4z M9 3h6";
            case SERVICE -> "M4 4h16v6H4z M4 14h16v6H4z M7.5 7h1 M7.5 17h1 M12 7h5 M12 17h5";
            case WORKER -> "M12 8.5a3.5 3.5 0 1 0 .01 0z M12 2v3 M12 19v3 M2 12h3 M19 12h3"
                    + " M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1 7 17 M17 7l2.1-2.1";
            case CACHE -> "M13 2 4 14h7l-1 8 9-12h-7z";
            case DATABASE -> "M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z"
                    + " M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6 M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3";
            case QUEUE -> "M2 7h5v10H2z M9.5 7h5v10h-5z M17 7h5v10h-5z";
            case STORAGE -> "M3 4h18v4H3z M5 8v12h14V8 M10 12h4";
            case CDN -> "M12 2a10 10 0 1 0 .01 0z M2 12h20 M12 2c3 3 4 6.5 4 10s-1 7-4 10"
                    + " M12 2c-3 3-4 6.5-4 10s1 7 4 10";
            case EXTERNAL -> "M7 18h10a4 4 0 0 0 0-8 6 6 0 0 0-11.6 1.5A3.5 3.5 0 0 0 7 18z";
        };
    }

    public static SVGPath icon(Kind kind) {
        SVGPath p = new SVGPath();
        p.setContent(path(kind));
        p.getStyleClass().addAll("kind-icon", "kind-" + kind.json());
        return p;
    }
}
