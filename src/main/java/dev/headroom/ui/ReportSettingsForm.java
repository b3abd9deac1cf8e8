package dev.headroom.ui;

import dev.headroom.model.ReportSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Report settings: how the client report is branded — client, prepared by, date, logo,
 * executive summary, and whether the model's technical description goes in. Saved in the model
 * file's {@code report} object (docs/model-format.md), so the next report, from the app or the
 * command line, looks the same.
 */
public final class ReportSettingsForm extends GridPane {
    private final TextField client = new TextField();
    private final TextField preparedBy = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextField logo = new TextField();
    private final TextArea summary = new TextArea();
    private final CheckBox description = new CheckBox(
            "Include the model's technical description");
    private final Path modelFile;

    public ReportSettingsForm(ReportSettings s, Path modelFile) {
        this.modelFile = modelFile;
        setId("report-settings");
        getStyleClass().add("report-settings");
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(4, 0, 0, 0));
        client.setId("report-client");
        client.setPromptText("e.g. Acme Ltd");
        preparedBy.setId("report-prepared-by");
        preparedBy.setPromptText("e.g. Jane Doe, Example Consulting");
        date.setId("report-date");
        date.setPromptText("the day the report is made");
        // written as in the model file, 2026-12-01: no month-day or day-month guessing
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, null));
        logo.setId("report-logo");
        logo.setPromptText("none: a PNG or JPEG file");
        summary.setId("report-summary");
        summary.setPromptText("What the client should take away, in a few sentences. A blank "
                + "line starts a new paragraph.");
        summary.setWrapText(true);
        summary.setPrefRowCount(7);
        summary.setPrefColumnCount(48);
        description.setId("report-description");

        client.setText(s.client() == null ? "" : s.client());
        preparedBy.setText(s.preparedBy() == null ? "" : s.preparedBy());
        date.setValue(s.date());
        logo.setText(s.logo() == null ? "" : s.logo());
        summary.setText(s.summary() == null ? "" : s.summary());
        description.setSelected(s.includeDescription());

        Button browse = new Button("Choose…");
        browse.setId("report-logo-browse");
        browse.setOnAction(e -> chooseLogo());
        Button clear = new Button("None");
        clear.setOnAction(e -> logo.clear());
        HBox logoRow = new HBox(8, logo, browse, clear);
        HBox.setHgrow(logo, Priority.ALWAYS);

        int row = 0;
        addRow(row++, label("Client"), client);
        addRow(row++, label("Prepared by"), preparedBy);
        addRow(row++, label("Date"), date);
        addRow(row++, label("Logo"), logoRow);
        Label sumLabel = label("Executive summary");
        GridPane.setValignment(sumLabel, javafx.geometry.VPos.TOP);
        addRow(row++, sumLabel, summary);
        add(description, 1, row++);
        Label note = new Label("Saved in the model file: the command line's report uses them "
                + "too. The logo is kept relative to the model's folder when it lies there.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setPrefWidth(520);
        note.setMinHeight(Label.USE_PREF_SIZE);
        add(note, 1, row);
        GridPane.setHgrow(client, Priority.ALWAYS);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private void chooseLogo() {
        FileChooser c = new FileChooser();
        c.setTitle("Logo for the report's cover");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG or JPEG images",
                "*.png", "*.jpg", "*.jpeg"));
        if (modelFile != null && modelFile.toAbsolutePath().getParent() != null) {
            c.setInitialDirectory(modelFile.toAbsolutePath().getParent().toFile());
        }
        File f = c.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            logo.setText(logoPath(f.toPath(), modelFile));
        }
    }

    /**
     * How a chosen logo is written in the model: relative to the model file's folder when it
     * lies in it or below (the two travel together), else absolute.
     */
    static String logoPath(Path chosen, Path modelFile) {
        Path abs = chosen.toAbsolutePath().normalize();
        if (modelFile != null) {
            Path folder = modelFile.toAbsolutePath().normalize().getParent();
            if (folder != null && abs.startsWith(folder)) {
                return folder.relativize(abs).toString().replace(File.separatorChar, '/');
            }
        }
        return abs.toString();
    }

    /** The settings as the form now shows them. */
    public ReportSettings settings() {
        return new ReportSettings(client.getText(), preparedBy.getText(), date.getValue(),
                logo.getText(), summary.getText(), description.isSelected());
    }

    /** Shows the form in a dialog; the settings when the user pressed Save. */
    public static Optional<ReportSettings> ask(Window owner, ReportSettings current,
            Path modelFile) {
        ReportSettingsForm form = new ReportSettingsForm(current, modelFile);
        Dialog<ReportSettings> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Report settings");
        d.setHeaderText("How the client report is branded");
        d.getDialogPane().setContent(form);
        d.getDialogPane().getStylesheets().add(ReportSettingsForm.class.getResource(
                "headroom.css").toExternalForm());
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.setResultConverter(b -> b == save ? form.settings() : null);
        return d.showAndWait();
    }
}
