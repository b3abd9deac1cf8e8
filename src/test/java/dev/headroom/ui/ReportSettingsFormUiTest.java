package dev.headroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.ReportSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Report settings form: what it shows, what typing into it makes, where the logo goes. */
@org.junit.jupiter.api.parallel.Isolated
@ExtendWith(ApplicationExtension.class)
class ReportSettingsFormUiTest {
    static final ReportSettings START = new ReportSettings("Acme Ltd", null,
            LocalDate.of(2026, 12, 1), "logo.png", "First.\n\nSecond.", false);
    ReportSettingsForm form;

    @Start
    void start(Stage stage) {
        form = new ReportSettingsForm(START, Path.of("/work/shop/model.json"));
        stage.setScene(new Scene(form, 700, 520));
        stage.show();
    }

    @Test
    void showsTheModelsSettingsAndGivesThemBackUnchanged() {
        assertThat(form.settings()).isEqualTo(START);
    }

    @Test
    void typingChangesTheSettings(FxRobot robot) {
        robot.clickOn("#report-prepared-by").write("Jane Doe");
        robot.clickOn("#report-description");
        robot.interact(() -> robot.lookup("#report-date").queryAs(DatePicker.class)
                .setValue(null));
        ReportSettings s = form.settings();
        assertThat(s.preparedBy()).isEqualTo("Jane Doe");
        assertThat(s.includeDescription()).isTrue();
        assertThat(robot.lookup("#report-description").queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(s.date()).as("no date: the day the report is made").isNull();
        assertThat(s.client()).isEqualTo("Acme Ltd");
    }

    @Test
    void aLogoBesideTheModelIsKeptRelativeToIt() {
        Path model = Path.of("/work/shop/model.json");
        assertThat(ReportSettingsForm.logoPath(Path.of("/work/shop/brand/acme.png"), model))
                .isEqualTo("brand/acme.png");
        assertThat(ReportSettingsForm.logoPath(Path.of("/elsewhere/acme.png"), model))
                .isEqualTo(Path.of("/elsewhere/acme.png").toAbsolutePath().toString());
        assertThat(ReportSettingsForm.logoPath(Path.of("/elsewhere/acme.png"), null))
                .isEqualTo(Path.of("/elsewhere/acme.png").toAbsolutePath().toString());
    }
}
