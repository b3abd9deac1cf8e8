package dev.headroom.ui;

import dev.headroom.app.Version;
import dev.headroom.ui.files.Docs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Help menu's three dialogs: the keyboard shortcuts, where the documentation is (each
 * document opens in the system's viewer), and About (name, version, Java, licences).
 */
public final class Help {
    /** The libraries the app ships, with their licences, as About lists them. */
    public record Licence(String library, String licence) {}

    public static final List<Licence> LICENCES = List.of(
            new Licence("OpenJFX (JavaFX)", "GPL v2 with the Classpath Exception"),
            new Licence("AtlantaFX", "MIT"),
            new Licence("ControlsFX", "BSD 3-Clause"),
            new Licence("Jackson", "Apache 2.0"),
            new Licence("Apache Commons Math", "Apache 2.0"),
            new Licence("picocli", "Apache 2.0"),
            new Licence("HdrHistogram", "CC0 1.0 / BSD 2-Clause"),
            new Licence("openhtmltopdf", "LGPL 2.1"),
            new Licence("Apache PDFBox, FontBox, XmpBox", "Apache 2.0"),
            new Licence("pdfbox-graphics2d", "Apache 2.0"),
            new Licence("Apache Commons Logging", "Apache 2.0"),
            new Licence("Java runtime (app image)", "GPL v2 with the Classpath Exception"));

    private final Window owner;
    private final Consumer<String> browser;

    /**
     * @param browser opens a URI in the system's browser or file viewer (HostServices);
     *                null where there is none, and the dialogs only say where things are
     */
    public Help(Window owner, Consumer<String> browser) {
        this.owner = owner;
        this.browser = browser;
    }

    private Dialog<Void> dialog(String title, String header, Node content) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().getStyleClass().add("help-dialog");
        d.getDialogPane().getStylesheets().add(Help.class.getResource("headroom.css")
                .toExternalForm());
        return d;
    }

    public void showShortcuts() {
        dialog("Keyboard shortcuts", "Keyboard shortcuts", shortcutsTable()).show();
    }

    /** The shortcuts as a two-column table, grouped (for the dialog and for tests). */
    public static Node shortcutsTable() {
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(5);
        g.setPadding(new Insets(0, 12, 0, 0));
        g.setId("shortcuts-table");
        int row = 0;
        String group = null;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            if (!s.group().equals(group)) {
                group = s.group();
                Label h = new Label(group.toUpperCase(java.util.Locale.ROOT));
                h.getStyleClass().add("section-title");
                if (row > 0) {
                    GridPane.setMargin(h, new Insets(8, 0, 0, 0));
                }
                g.add(h, 0, row++, 2, 1);
            }
            Label keys = new Label(s.display());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label action = new Label(s.action());
            action.setMinWidth(Label.USE_PREF_SIZE);
            g.add(keys, 0, row);
            g.add(action, 1, row++);
        }
        ScrollPane sp = new ScrollPane(g);
        sp.setFitToWidth(true);
        sp.setPrefViewportHeight(Math.min(560, row * 26));
        sp.setPrefViewportWidth(620);
        sp.getStyleClass().add("edge-to-edge");
        return sp;
    }

    public void showDocumentation() {
        Optional<Path> folder = Docs.folder();
        VBox box = new VBox(6);
        box.setPrefWidth(560);
        if (folder.isEmpty()) {
            Label l = new Label("The documentation is the docs folder of Headroom's source "
                    + "(README.md links every page). It was not found next to this copy of "
                    + "the app; start it with -D" + Docs.PROPERTY + "=FOLDER to point at it.");
            l.setWrapText(true);
            box.getChildren().add(l);
        } else {
            Path dir = folder.get();
            Label where = new Label("In " + dir + " (Markdown; click to open):");
            where.setWrapText(true);
            box.getChildren().add(where);
            for (Docs.Doc doc : Docs.LIST) {
                Path f = dir.resolve(doc.file());
                if (!java.nio.file.Files.isRegularFile(f)) {
                    continue;
                }
                Hyperlink link = new Hyperlink(doc.file());
                link.setOnAction(e -> open(f.toUri().toString()));
                link.setDisable(browser == null);
                Label about = new Label(doc.about());
                about.getStyleClass().add("muted");
                box.getChildren().add(new VBox(0, link, about));
            }
        }
        dialog("Documentation", "Documentation", box).show();
    }

    private void open(String uri) {
        if (browser != null) {
            browser.accept(uri);
        }
    }

    public void showAbout() {
        dialog("About Headroom", "Headroom " + Version.current(), aboutPane()).show();
    }

    /** Name, version, the Java running it and the libraries' licences. */
    public static Node aboutPane() {
        VBox box = new VBox(8);
        box.setId("about-pane");
        box.setPrefWidth(540);
        Label what = new Label("What your backend does at 10x the users: where it breaks first, "
                + "how slow it gets, and what it will cost per month.");
        what.setWrapText(true);
        Label version = new Label("Version " + Version.current());
        version.setId("about-version");
        Label java = new Label("Java " + Version.java() + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?"));
        java.setId("about-java");
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(3);
        int row = 0;
        for (Licence l : LICENCES) {
            Label lib = new Label(l.library());
            lib.setMinWidth(Label.USE_PREF_SIZE);
            g.add(lib, 0, row);
            Label lic = new Label(l.licence());
            lic.getStyleClass().add("muted");
            lic.setMinWidth(Label.USE_PREF_SIZE);
            g.add(lic, 1, row++);
        }
        Label libs = new Label("LIBRARIES AND THEIR LICENCES");
        libs.getStyleClass().add("section-title");
        VBox.setMargin(libs, new Insets(6, 0, 0, 0));
        box.getChildren().addAll(what, version, java, libs, g);
        return box;
    }
}
