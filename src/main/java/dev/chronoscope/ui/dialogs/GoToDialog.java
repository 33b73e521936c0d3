package dev.chronoscope.ui.dialogs;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Asks where to go: a position or a time (see {@link GoToTarget#parse}), checked as the user types;
 * Go stays disabled while the text does not read as a target inside the log.
 */
public final class GoToDialog {

    static final ButtonType GO = new ButtonType("Go", ButtonData.OK_DONE);
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private GoToDialog() {}

    /**
     * Shows the dialog and waits; local times typed without a zone are read as UTC, the zone the
     * app shows times in.
     *
     * @param maxPosition the last position of the log; larger positions are refused
     * @param hint a line above the field, such as {@code Now at #1,234 (2024-02-11 14:34:07 UTC)}; may be null
     * @return the target, or empty when cancelled
     */
    public static Optional<GoToTarget> show(Window owner, long maxPosition, String hint) {
        return show(owner, maxPosition, hint, ZoneOffset.UTC);
    }

    /** As {@link #show(Window, long, String)}, reading local times in {@code zone}. */
    public static Optional<GoToTarget> show(Window owner, long maxPosition, String hint, ZoneId zone) {
        return create(owner, maxPosition, hint, zone).showAndWait();
    }

    static Dialog<GoToTarget> create(Window owner, long maxPosition, String hint, ZoneId zone) {
        GoToModel model = new GoToModel(maxPosition, zone);
        Dialog<GoToTarget> dialog = new Dialog<>();
        DialogSupport.prepare(dialog, owner, "Go to");
        dialog.setHeaderText("Go to a position or a time");
        FontIcon icon = new FontIcon(MaterialDesignC.CROSSHAIRS_GPS);
        icon.getStyleClass().add("dialog-icon");
        dialog.setGraphic(icon);
        dialog.getDialogPane().getButtonTypes().setAll(GO, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(model, hint, zone));
        Node go = dialog.getDialogPane().lookupButton(GO);
        go.disableProperty().bind(model.targetProperty().isNull());
        dialog.setResultConverter(button -> button == GO ? model.targetProperty().get() : null);
        dialog.setOnShown(e -> Platform.runLater(() -> dialog.getDialogPane().lookup("#goToField").requestFocus()));
        return dialog;
    }

    private static VBox form(GoToModel model, String hint, ZoneId zone) {
        TextField field = new TextField();
        field.setId("goToField");
        field.setPromptText("512340  or  2024-02-11 14:34");
        model.textProperty().bind(field.textProperty());
        model.kindProperty().addListener((o, before, now) -> field.pseudoClassStateChanged(DANGER, now == GoToModel.Kind.ERROR));

        Label feedback = new Label();
        feedback.setId("goToFeedback");
        feedback.getStyleClass().add("feedback");
        feedback.textProperty().bind(Bindings.when(model.kindProperty().isEqualTo(GoToModel.Kind.NONE))
                .then("A position such as 512340, 512,340 or #512340, or a time such as 2024-02-11, "
                        + "2024-02-11 14:34 or 2024-02-11T14:34:07Z (times without a zone are "
                        + (zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId()) + ").")
                .otherwise(model.feedbackProperty()));
        model.kindProperty().addListener((o, before, now) -> {
            feedback.getStyleClass().removeAll("ok", "error");
            if (now == GoToModel.Kind.OK) {
                feedback.getStyleClass().add("ok");
            } else if (now == GoToModel.Kind.ERROR) {
                feedback.getStyleClass().add("error");
            }
        });

        VBox form = new VBox();
        form.getStyleClass().add("go-to-form");
        if (hint != null && !hint.isBlank()) {
            Label hintLabel = new Label(hint);
            hintLabel.getStyleClass().add("hint");
            form.getChildren().add(hintLabel);
        }
        form.getChildren().addAll(field, feedback);
        return form;
    }
}
