package dev.chronoscope.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignZ;

/** Asks which file of a zip archive to open when it holds several; double-click or Open picks one. */
public final class ZipEntryDialog {

    static final ButtonType OPEN = new ButtonType("Open", ButtonData.OK_DONE);

    private ZipEntryDialog() {}

    /** Shows the dialog and waits; the entry chosen, or empty when cancelled. */
    public static Optional<String> show(Window owner, Path archive, List<String> entries, String initial) {
        return create(owner, archive, entries, initial).showAndWait();
    }

    /** The dialog, not shown (for tests). */
    public static Dialog<String> create(Window owner, Path archive, List<String> entries, String initial) {
        Dialog<String> dialog = new Dialog<>();
        String name = archive.getFileName() == null ? archive.toString() : archive.getFileName().toString();
        DialogSupport.prepare(dialog, owner, "Open from " + name);
        dialog.setHeaderText(name + " holds " + entries.size() + " files. Which one is the event log?");
        FontIcon icon = new FontIcon(MaterialDesignZ.ZIP_BOX_OUTLINE);
        icon.getStyleClass().add("dialog-icon");
        dialog.setGraphic(icon);
        ListView<String> list = new ListView<>();
        list.setId("zipEntries");
        list.getItems().setAll(entries);
        list.getSelectionModel().select(initial != null && entries.contains(initial) ? initial : entries.get(0));
        // every entry visible up to eight, then a scroll bar (rows of the theme's height)
        list.setFixedCellSize(36);
        list.setPrefHeight(36 * Math.min(8, entries.size()) + 6);
        list.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setPrefWidth(460);
        Label hint = new Label("Command line: --entry NAME");
        hint.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        dialog.getDialogPane().setContent(new VBox(8, list, hint));
        dialog.getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);
        Node open = dialog.getDialogPane().lookupButton(OPEN);
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) open).fire();
            }
        });
        dialog.setResultConverter(b -> b == OPEN ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(e -> list.requestFocus());
        return dialog;
    }
}
