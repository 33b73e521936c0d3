package dev.chronoscope.ui.open;

import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.Preset;
import dev.chronoscope.ui.dialogs.DialogSupport;
import dev.chronoscope.ui.open.OpenDatabaseViewModel.TestState;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * Asks which database to open: JDBC URL (recent ones and examples to pick), user, password (used
 * for this connection only), preset (auto-detect by default), the schema for Marten and the query
 * for the generic preset, with Test Connection. A thin view of {@link OpenDatabaseViewModel}.
 */
public final class OpenDatabaseDialog {

    static final ButtonType OPEN = new ButtonType("Open", ButtonData.OK_DONE);
    static final String AUTO_DETECT = "Auto-detect";
    private static final String STYLESHEET = OpenDatabaseDialog.class.getResource("open-database.css").toExternalForm();

    private OpenDatabaseDialog() {}

    /** Shows the dialog and waits; a test still running when it closes is cancelled. */
    public static Optional<DatabaseOptions> show(Window owner, OpenDatabaseViewModel model) {
        try {
            return create(owner, model).showAndWait();
        } finally {
            model.cancelTest();
        }
    }

    static Dialog<DatabaseOptions> create(Window owner, OpenDatabaseViewModel model) {
        Dialog<DatabaseOptions> dialog = new Dialog<>();
        DialogSupport.prepare(dialog, owner, "Open Database");
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        dialog.setHeaderText("Open an event store over JDBC (read-only)");
        FontIcon icon = new FontIcon(MaterialDesignD.DATABASE_OUTLINE);
        icon.getStyleClass().add("dialog-icon");
        dialog.setGraphic(icon);
        dialog.getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(model));
        Node open = dialog.getDialogPane().lookupButton(OPEN);
        open.disableProperty().bind(model.validProperty().not());
        dialog.setResultConverter(button -> button == OPEN ? model.options() : null);
        dialog.setResizable(true);
        // the schema and query fields come and go with the preset: the window follows the form's height
        for (var shown : List.of(model.queryShownProperty(), model.schemaShownProperty(), model.validProperty())) {
            shown.addListener((obs, old, now) -> Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            }));
        }
        dialog.setOnShown(e -> Platform.runLater(() -> dialog.getDialogPane().lookup("#databaseUrl").requestFocus()));
        return dialog;
    }

    private static GridPane form(OpenDatabaseViewModel model) {
        ComboBox<String> url = new ComboBox<>();
        url.setId("databaseUrl");
        url.getStyleClass().add("url-box");
        url.setEditable(true);
        url.setMaxWidth(Double.MAX_VALUE);
        url.getItems().setAll(model.urlChoices());
        url.setPromptText("jdbc:h2:/path/to/db");
        url.getEditor().textProperty().bindBidirectional(model.urlProperty());
        url.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.historyEntry(chosen).ifPresent(model::fill);
            }
        });

        TextField user = new TextField();
        user.setId("databaseUser");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("databasePassword");
        password.setPromptText("used for this connection only, never saved");
        password.textProperty().bindBidirectional(model.passwordProperty());

        ComboBox<String> preset = new ComboBox<>();
        preset.setId("databasePreset");
        preset.getItems().add(AUTO_DETECT);
        for (Preset p : Preset.values()) {
            preset.getItems().add(p.cliName());
        }
        preset.setValue(name(model.presetProperty().get()));
        preset.valueProperty().addListener((obs, old, chosen) -> model.presetProperty().set(
                chosen == null || AUTO_DETECT.equals(chosen) ? null : Preset.byName(chosen)));
        model.presetProperty().addListener((obs, old, p) -> preset.setValue(name(p)));

        TextField schema = new TextField();
        schema.setId("databaseSchema");
        schema.setPromptText("public");
        schema.textProperty().bindBidirectional(model.schemaProperty());

        TextArea query = new TextArea();
        query.setId("databaseQuery");
        query.getStyleClass().add("query-area");
        query.setPrefRowCount(4);
        query.setWrapText(true);
        query.setPromptText("SELECT id, stream, type, version, time, data FROM events ORDER BY position");
        query.textProperty().bindBidirectional(model.queryProperty());

        Label problem = new Label();
        problem.setId("databaseProblem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());

        Button test = new Button("Test Connection", new FontIcon(MaterialDesignD.DATABASE_CHECK_OUTLINE));
        test.setId("testConnectionButton");
        test.disableProperty().bind(model.validProperty().not()
                .or(model.testStateProperty().isEqualTo(TestState.RUNNING)));
        test.setOnAction(e -> model.testConnection());
        Label answer = new Label();
        answer.setId("testMessage");
        answer.getStyleClass().add("test-message");
        answer.setMaxWidth(Double.MAX_VALUE);
        answer.textProperty().bind(model.testMessageProperty());
        model.testStateProperty().addListener((obs, old, state) -> {
            answer.getStyleClass().removeAll("ok", "error");
            if (state == TestState.OK) {
                answer.getStyleClass().add("ok");
            } else if (state == TestState.FAILED) {
                answer.getStyleClass().add("error");
            }
        });
        HBox.setHgrow(answer, Priority.ALWAYS);
        HBox testRow = new HBox(10, test, answer);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("open-database-form");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("JDBC URL"), url);
        grid.add(problem, 1, row++);
        grid.addRow(row++, label("User"), user);
        grid.addRow(row++, label("Password"), password);
        grid.addRow(row++, label("Preset"), preset);
        Label schemaLabel = label("Schema");
        grid.addRow(row++, schemaLabel, schema);
        Label queryLabel = label("Query");
        GridPane.setValignment(queryLabel, VPos.TOP);
        grid.addRow(row++, queryLabel, query);
        grid.add(testRow, 0, row, 2, 1);
        for (Node n : List.of(schemaLabel, schema)) {
            n.visibleProperty().bind(model.schemaShownProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        for (Node n : List.of(queryLabel, query)) {
            n.visibleProperty().bind(model.queryShownProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        problem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        return grid;
    }

    private static String name(Preset preset) {
        return preset == null ? AUTO_DETECT : preset.cliName();
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }
}
