package dev.headroom.ui.canvas;

import dev.headroom.analysis.StationResult;
import dev.headroom.model.Component;
import dev.headroom.app.Format;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** Draws a {@link ComponentNode}: a card with a header row, a detail row and a badge row. */
public final class ComponentNodeSkin extends SkinBase<ComponentNode> {
    private final StackPane iconBox = new StackPane();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label utilization = new Label();
    private final Label response = new Label();
    private final Label flag = new Label("BOTTLENECK");
    /** A bounded queue turning arrivals away in the steady state: how many. */
    private final Label sheds = new Label();
    private final Circle port = new Circle(6);

    public ComponentNodeSkin(ComponentNode node) {
        super(node);
        // Let presses reach the canvas, which handles select, move and connect gestures.
        consumeMouseEvents(false);
        iconBox.getStyleClass().add("icon-box");
        name.getStyleClass().add("node-name");
        detail.getStyleClass().add("node-detail");
        utilization.getStyleClass().addAll("badge", "badge-util");
        response.getStyleClass().addAll("badge", "badge-time");
        flag.getStyleClass().add("bottleneck-flag");
        flag.setVisible(false);
        flag.setMouseTransparent(true);
        sheds.getStyleClass().add("sheds-flag");
        sheds.setVisible(false);
        sheds.setMouseTransparent(true);
        port.getStyleClass().add("connect-port");
        port.setId("port-" + node.getComponent().id());

        name.setWrapText(true);
        name.setMaxHeight(34);
        VBox titles = new VBox(name);
        titles.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(titles, Priority.ALWAYS);
        titles.setMinWidth(0);
        HBox head = new HBox(8, iconBox, titles);
        head.setMinHeight(34);
        head.setMaxHeight(34);
        head.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        utilization.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        response.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.setMinWidth(0);
        HBox badges = new HBox(5, utilization, response, gap, detail);
        badges.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, head, badges);
        card.getStyleClass().add("card");
        card.setMinSize(ComponentNode.WIDTH, ComponentNode.HEIGHT);
        card.setMaxSize(ComponentNode.WIDTH, ComponentNode.HEIGHT);

        StackPane root = new StackPane(card, port, flag, sheds);
        StackPane.setAlignment(sheds, Pos.TOP_LEFT);
        sheds.setTranslateX(10);
        sheds.setTranslateY(-8);
        StackPane.setAlignment(port, Pos.CENTER_RIGHT);
        port.setTranslateX(6);
        StackPane.setAlignment(flag, Pos.TOP_RIGHT);
        flag.setTranslateX(-10);
        flag.setTranslateY(-8);
        getChildren().add(root);

        node.componentProperty().addListener((o, a, b) -> refresh());
        node.resultProperty().addListener((o, a, b) -> refresh());
        node.bottleneckProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        ComponentNode node = getSkinnable();
        Component c = node.getComponent();
        iconBox.getChildren().setAll(Icons.icon(c.kind()));
        name.setText(c.displayName());
        StationResult r = node.resultProperty().get();
        String per = r != null && r.servers() != null && r.instances() > 0
                ? Integer.toString(r.servers() / r.instances())
                : c.concurrency() == null ? "?" : Integer.toString(c.concurrency());
        String servers;
        if (c.isDelay()) {
            servers = "";
        } else if (c.isAutoscaled()) {
            int n = r == null ? c.autoscale().min() : r.instances();
            servers = n + "\u00d7" + per;
        } else {
            servers = c.instances() + "\u00d7" + per;
        }
        detail.setText(servers);
        javafx.scene.control.Tooltip.install(getSkinnable(), new javafx.scene.control.Tooltip(
                c.displayName() + " (" + c.id() + ")\n" + c.kind().label() + " \u00b7 "
                        + describe(c, per) + limits(c, r)));
        if (r == null) {
            utilization.setText("—");
            response.setText("—");
        } else if (r.saturated()) {
            utilization.setText(Format.percent(r.utilization()));
            response.setText("saturated");
        } else {
            utilization.setText(c.isDelay() ? "delay" : Format.percent(r.utilization()));
            response.setText(Format.ms(r.responseMs()));
        }
        boolean b = node.bottleneckProperty().get();
        flag.setVisible(b);
        String shed = shedding(r);
        sheds.setText(shed == null ? "" : shed);
        sheds.setVisible(shed != null);
        node.setAccessibleText(c.displayName() + ", " + utilization.getText() + ", "
                + response.getText());
    }

    /**
     * The flag of a component whose bounded queue turns away arrivals in the steady state
     * ("SHEDS 33%"), or null when it turns away none to the percent's last digit.
     */
    static String shedding(StationResult r) {
        if (r == null || !(r.lossProbability() > 0)) {
            return null;
        }
        String p = Format.percent(r.lossProbability());
        return p.matches("[0.]*%") ? null : "SHEDS " + p;
    }

    /** A bounded queue's losses and a pool's threads in use, as the engine solved them. */
    private static String limits(Component c, dev.headroom.analysis.StationResult r) {
        String out = "";
        if (c.hasThreads()) {
            out += "\nthreads held across calls: " + (c.threads().isUniform()
                    ? Format.count(c.threads().uniform()) + " an instance"
                    : "a pool per class");
            if (r != null && r.threadsInUse() != null) {
                out += ", " + Format.count(r.threadsInUse()) + " in use";
            }
        }
        if (c.maxQueue() != null) {
            out += "\nqueue bounded at " + c.maxQueue() + " an instance";
            if (r != null && r.lossProbability() > 0) {
                out += ": turns away " + Format.percent(r.lossProbability()) + " of arrivals";
            }
        }
        return out;
    }

    private static String describe(Component c, String per) {
        if (c.isDelay()) {
            return "pure delay, never queues";
        }
        if (c.isAutoscaled()) {
            return "autoscaled " + c.autoscale().min() + "\u2013" + c.autoscale().max()
                    + " instances \u00d7 " + per + " servers";
        }
        return c.instances() + " instance(s) \u00d7 " + per + " servers";
    }

    public Circle port() {
        return port;
    }
}
