package dev.headroom.ui.canvas;

import dev.headroom.analysis.StationResult;
import dev.headroom.model.Component;
import dev.headroom.ui.results.Heat;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A component card on the canvas: icon, name, kind and servers, and a live badge with
 * utilization and response time. Its heat (calm, warm, hot, saturated) is a CSS style class, the
 * bottleneck and the selection are pseudo-classes.
 */
public final class ComponentNode extends Control {
    public static final double WIDTH = 180;
    public static final double HEIGHT = 84;

    private final ObjectProperty<Component> component = new SimpleObjectProperty<>(this,
            "component");
    private final ObjectProperty<StationResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObjectProperty<Heat> heat = new SimpleObjectProperty<>(this, "heat");
    private final BooleanProperty bottleneck = new SimpleBooleanProperty(this, "bottleneck");
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    public ComponentNode(Component c) {
        getStyleClass().add("component-node");
        setComponent(c);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        heat.addListener((o, was, now) -> {
            if (was != null) {
                getStyleClass().remove(was.styleClass());
            }
            if (now != null) {
                getStyleClass().add(now.styleClass());
            }
        });
        bottleneck.addListener((o, a, b) -> pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("bottleneck"), b));
        selected.addListener((o, a, b) -> pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("selected"), b));
        setId("node-" + c.id());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ComponentNodeSkin(this);
    }

    public Component getComponent() {
        return component.get();
    }

    public void setComponent(Component c) {
        component.set(c);
        setId("node-" + c.id());
    }

    public ObjectProperty<Component> componentProperty() {
        return component;
    }

    public ObjectProperty<StationResult> resultProperty() {
        return result;
    }

    public ObjectProperty<Heat> heatProperty() {
        return heat;
    }

    public BooleanProperty bottleneckProperty() {
        return bottleneck;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
