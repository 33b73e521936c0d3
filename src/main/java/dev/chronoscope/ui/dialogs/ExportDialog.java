package dev.chronoscope.ui.dialogs;

import dev.chronoscope.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Asks what a snapshot should hold, the inspected stream or every stream; the caller then asks
 * where to save it (a FileChooser, with {@link #suggestedFileName} as the initial name).
 */
public final class ExportDialog {

    static final ButtonType NEXT = new ButtonType("Choose file…", ButtonData.OK_DONE);

    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+");
    private static final Pattern SOURCE_SUFFIX =
            Pattern.compile("(?i)\\.(jsonl|ndjson|json|csv|tsv|txt|log|db|mv|sqlite|h2|gz|zst|bz2|xz|zip)$");
    private static final int MAX_PART = 60;

    private ExportDialog() {}

    /**
     * Shows the dialog and waits.
     *
     * @param inspectedStream the stream on show in the inspector; null disables the stream choice
     * @param position the cursor's position
     * @param positionLabel how the window writes that position, such as {@code #1,234}; null for {@code #} and the count
     * @return the choice, or empty when cancelled
     */
    public static Optional<ExportChoice> show(Window owner, String inspectedStream, long position, String positionLabel) {
        return create(owner, inspectedStream, position, positionLabel).showAndWait();
    }

    static Dialog<ExportChoice> create(Window owner, String inspectedStream, long position, String positionLabel) {
        String at = positionLabel == null || positionLabel.isBlank() ? "#" + Formats.count(position) : positionLabel;
        Dialog<ExportChoice> dialog = new Dialog<>();
        DialogSupport.prepare(dialog, owner, "Export snapshot");
        dialog.setHeaderText("Export a snapshot of the state at " + at);
        FontIcon icon = new FontIcon(MaterialDesignF.FILE_EXPORT_OUTLINE);
        icon.getStyleClass().add("dialog-icon");
        dialog.setGraphic(icon);

        ToggleGroup group = new ToggleGroup();
        RadioButton stream = new RadioButton(inspectedStream == null
                ? "One stream (inspect a stream first)"
                : "Stream " + inspectedStream + " (its state at " + at + ")");
        stream.setId("exportStream");
        stream.setUserData(ExportChoice.Scope.STREAM);
        stream.setToggleGroup(group);
        stream.setDisable(inspectedStream == null);
        RadioButton world = new RadioButton("All streams (world state at " + at + ")");
        world.setId("exportWorld");
        world.setUserData(ExportChoice.Scope.WORLD);
        world.setToggleGroup(group);
        group.selectToggle(inspectedStream == null ? world : stream);

        Label question = new Label("What should the snapshot hold?");
        Label next = new Label("Next you choose where to save the JSON file.");
        next.getStyleClass().add("hint");
        VBox form = new VBox(question, stream, world, next);
        form.getStyleClass().add("export-form");

        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(NEXT, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == NEXT && group.getSelectedToggle() != null
                ? new ExportChoice((ExportChoice.Scope) group.getSelectedToggle().getUserData())
                : null);
        return dialog;
    }

    /**
     * A file name for a snapshot: {@code bank-and-shop-account-0007-at-1234.snapshot.json} for the
     * source {@code bank-and-shop.jsonl} (a path or a bare name), the stream {@code account-0007}
     * and position 1234; {@code world} stands in for a null stream. Characters that file systems
     * refuse, and white space, become {@code -}; each part is cut to {@value #MAX_PART} characters.
     */
    public static String suggestedFileName(String source, String stream, long position) {
        List<String> parts = new ArrayList<>();
        parts.add(part(sourceName(source), "chronoscope"));
        parts.add(stream == null ? "world" : part(stream, "stream"));
        parts.add("at-" + position);
        return String.join("-", parts) + ".snapshot.json";
    }

    /** The last segment of a path or URL, without its data-file extensions ({@code .jsonl.gz}). */
    private static String sourceName(String source) {
        if (source == null) {
            return "";
        }
        String name = source.strip().replaceAll("[\\\\/]+$", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String stripped;
        while (!(stripped = SOURCE_SUFFIX.matcher(name).replaceFirst("")).equals(name) && !stripped.isEmpty()) {
            name = stripped;
        }
        return name;
    }

    private static String part(String text, String fallback) {
        String clean = NOT_IN_FILE_NAMES.matcher(text).replaceAll("-").replaceAll("-{2,}", "-");
        clean = clean.replaceAll("^[-.]+|[-.]+$", "");
        if (clean.length() > MAX_PART) {
            int end = Character.isHighSurrogate(clean.charAt(MAX_PART - 1)) ? MAX_PART - 1 : MAX_PART;
            clean = clean.substring(0, end).replaceAll("[-.]+$", "");
        }
        return clean.isEmpty() ? fallback : clean;
    }
}
