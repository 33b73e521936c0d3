package dev.chronoscope.ui.dialogs;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Every {@link Shortcut}, grouped by category, with its keys drawn as key caps (style class
 * {@code key-cap}), in a window of its own that stays open beside the main window.
 */
public final class ShortcutsSheet {

    static final String TITLE = "Keyboard shortcuts";

    /** One sheet per owner, so that pressing F1 twice does not stack windows. */
    private static final Map<Window, Stage> OPEN = new WeakHashMap<>();

    private ShortcutsSheet() {}

    /**
     * Shows the sheet beside {@code owner} (may be null), non-modal; brings it to the front when it
     * is already open. Escape or F1 closes it. Call on the FX thread.
     */
    public static void show(Window owner) {
        Stage stage = OPEN.get(owner);
        if (stage == null) {
            stage = createStage(owner);
            OPEN.put(owner, stage);
            Stage created = stage;
            stage.setOnHidden(e -> OPEN.remove(owner, created));
        }
        stage.show();
        stage.toFront();
    }

    static Stage createStage(Window owner) {
        Stage stage = new Stage(StageStyle.UTILITY);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(TITLE + " — Chronoscope");
        stage.getIcons().setAll(DialogSupport.icons());
        Scene scene = new Scene((Region) content());
        scene.getStylesheets().setAll(DialogSupport.stylesheets(owner));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || Shortcut.SHORTCUTS_SHEET.combination().match(e)) {
                stage.hide();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setResizable(false);
        return stage;
    }

    /**
     * The sheet itself: a title, two columns of categories, one {@code shortcut-row} per shortcut
     * (its user data is the {@link Shortcut}), and a footnote.
     */
    public static Node content() {
        Label title = new Label(TITLE);
        title.getStyleClass().add("sheet-title");

        Map<String, List<Shortcut>> groups = Shortcut.byCategory();
        VBox left = column(groups, List.of("File", "Navigate"));
        VBox right = column(groups, List.of("Timeline", "View", "Help"));
        HBox columns = new HBox(left, right);
        columns.getStyleClass().add("sheet-columns");

        Label footer = new Label("Keys without Ctrl work while no text field has the focus. Press Esc to close.");
        footer.getStyleClass().add("sheet-footer");

        VBox root = new VBox(title, columns, footer);
        root.getStyleClass().add("shortcuts-sheet");
        return root;
    }

    private static VBox column(Map<String, List<Shortcut>> groups, List<String> categories) {
        VBox column = new VBox();
        column.getStyleClass().add("shortcut-column");
        for (String category : categories) {
            Label header = new Label(category);
            header.getStyleClass().add("shortcut-category");
            VBox group = new VBox(header);
            group.getStyleClass().add("shortcut-group");
            for (Shortcut s : groups.get(category)) {
                group.getChildren().add(row(s));
            }
            column.getChildren().add(group);
        }
        return column;
    }

    private static HBox row(Shortcut shortcut) {
        Label description = new Label(shortcut.description());
        description.getStyleClass().add("shortcut-description");
        description.setWrapText(true);
        description.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(description, Priority.ALWAYS);

        HBox keys = new HBox();
        keys.getStyleClass().add("shortcut-keys");
        for (String key : shortcut.keys()) {
            Label cap = new Label(key);
            cap.getStyleClass().add("key-cap");
            if (key.length() == 1 && !Character.isLetterOrDigit(key.charAt(0))) {
                cap.getStyleClass().add("symbol"); // arrows are tiny in the monospace font
            }
            cap.setMinWidth(Region.USE_PREF_SIZE);
            keys.getChildren().add(cap);
        }
        keys.setMinWidth(Region.USE_PREF_SIZE);

        HBox row = new HBox(description, keys);
        row.getStyleClass().add("shortcut-row");
        row.setUserData(shortcut);
        return row;
    }
}
