package dev.chronoscope.ui.dialogs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/** What every dialog of the app shares: owner, stylesheets, icons (public for the dialogs of other screen parts: {@code ui.open}, {@code ui.importer}). */
public final class DialogSupport {

    static final String STYLESHEET = DialogSupport.class.getResource("dialogs.css").toExternalForm();
    private static final int[] ICON_SIZES = {16, 32, 64, 128};
    private static List<Image> icons;

    private DialogSupport() {}

    /** Owns {@code dialog} by {@code owner} (may be null), gives it the owner's stylesheets, ours, and the app icon (the owner's, when it has one). */
    public static void prepare(Dialog<?> dialog, Window owner, String title) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets(owner));
        dialog.getDialogPane().getStyleClass().add("chronoscope-dialog");
        // an owned dialog's stage follows its owner's icons through a content binding that breaks
        // (on the owner's next change) if the dialog's own list is touched; only a lone dialog gets ours
        if (owner == null && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            stage.getIcons().setAll(icons());
        }
    }

    /** {@code owner}'s stylesheets (when it has a scene), then ours. */
    static List<String> stylesheets(Window owner) {
        List<String> sheets = new ArrayList<>();
        if (owner != null && owner.getScene() != null) {
            sheets.addAll(owner.getScene().getStylesheets());
        }
        if (!sheets.contains(STYLESHEET)) {
            sheets.add(STYLESHEET);
        }
        return sheets;
    }

    /** The app icon in a few sizes (the bundled PNGs); none when the resources are missing. */
    static synchronized List<Image> icons() {
        if (icons == null) {
            List<Image> images = new ArrayList<>();
            for (int size : ICON_SIZES) {
                try (InputStream in = DialogSupport.class.getResourceAsStream("/icons/chronoscope-" + size + ".png")) {
                    if (in != null) {
                        images.add(new Image(in));
                    }
                } catch (IOException e) {
                    // an icon is decoration: a dialog without it is still usable
                }
            }
            icons = List.copyOf(images);
        }
        return icons;
    }
}
