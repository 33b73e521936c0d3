package dev.chronoscope.ui.dialogs;

import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Error and information messages in the app's look: owned by the window, with its stylesheets and
 * the app icon. Long details (a stack trace, a list of files) fold away under "Show details".
 */
public final class Alerts {

    static final ButtonType COPY_PATH = new ButtonType("Copy path", ButtonData.LEFT);

    /** Details longer than this, or with more lines, fold away. */
    static final int FOLD_CHARS = 400;
    static final int FOLD_LINES = 6;

    private Alerts() {}

    /** Shows an error and waits until it is dismissed. {@code detail} may be null. */
    public static void error(Window owner, String header, String detail) {
        errorAlert(owner, header, detail).showAndWait();
    }

    /**
     * Shows a message and waits until it is dismissed; when {@code pathToReveal} is not null it is
     * shown, selectable, with a "Copy path" button. {@code detail} may be null.
     */
    public static void info(Window owner, String header, String detail, Path pathToReveal) {
        infoAlert(owner, header, detail, pathToReveal).showAndWait();
    }

    static Alert errorAlert(Window owner, String header, String detail) {
        Alert alert = new Alert(AlertType.ERROR);
        DialogSupport.prepare(alert, owner, "Chronoscope");
        alert.setHeaderText(header);
        setDetail(alert, detail);
        alert.getDialogPane().setMinWidth(400);
        return alert;
    }

    static Alert infoAlert(Window owner, String header, String detail, Path pathToReveal) {
        Alert alert = new Alert(AlertType.INFORMATION);
        DialogSupport.prepare(alert, owner, "Chronoscope");
        alert.setHeaderText(header);
        setDetail(alert, detail);
        alert.getDialogPane().setMinWidth(400);
        if (pathToReveal != null) {
            String path = pathToReveal.toAbsolutePath().toString();
            TextField field = new TextField(path);
            field.setId("alertPath");
            field.setEditable(false);
            field.getStyleClass().add("path-field");
            VBox box = new VBox(8);
            if (alert.getDialogPane().getContent() instanceof Label text) {
                box.getChildren().add(text);
            }
            box.getChildren().add(field);
            alert.getDialogPane().setContent(box);
            alert.getDialogPane().setPrefWidth(520); // room for a path; the field scrolls for longer ones
            alert.setOnShown(e -> field.end()); // a long path shows its file name
            alert.getDialogPane().getButtonTypes().add(0, COPY_PATH);
            Button copy = (Button) alert.getDialogPane().lookupButton(COPY_PATH);
            copy.addEventFilter(ActionEvent.ACTION, e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(path);
                Clipboard.getSystemClipboard().setContent(content);
                copy.setText("Copied");
                e.consume(); // keep the message open
            });
        }
        return alert;
    }

    /** Short details as the content text; long ones as their first line, the rest under "Show details". */
    private static void setDetail(Alert alert, String detail) {
        if (detail == null || detail.isBlank()) {
            alert.setContentText(null);
            alert.getDialogPane().setContent(null);
            return;
        }
        String text = detail.strip();
        long lines = text.lines().count();
        if (text.length() <= FOLD_CHARS && lines <= FOLD_LINES) {
            alert.getDialogPane().setContent(wrapping(text));
            return;
        }
        String first = text.lines().findFirst().orElse("");
        if (first.length() > 200) {
            first = first.substring(0, 200) + "…";
        }
        alert.getDialogPane().setContent(wrapping(first));
        TextArea all = new TextArea(text);
        all.setId("alertDetails");
        all.setEditable(false);
        all.setWrapText(false);
        all.setPrefRowCount(12);
        all.setPrefColumnCount(60);
        all.getStyleClass().add("details-text");
        alert.getDialogPane().setExpandableContent(all);
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setId("alertDetail");
        label.setWrapText(true);
        label.setMaxWidth(520);
        return label;
    }
}
