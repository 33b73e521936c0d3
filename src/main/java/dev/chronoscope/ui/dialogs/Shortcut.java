package dev.chronoscope.ui.dialogs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.Modifier;

/**
 * Every keyboard shortcut of the app, in one place: menus take {@link #combination()} as their
 * accelerator, buttons take {@link #tooltip(String)}, and {@link ShortcutsSheet} lists them all by
 * {@link #category()}. Keys without a modifier (arrows, letters, Space) act only when the focus is
 * not in a text field; the window decides that.
 */
public enum Shortcut {
    OPEN("File", "Open a log file", KeyCode.O, KeyCombination.SHORTCUT_DOWN),
    OPEN_DATABASE("File", "Open a database (JDBC URL, preset)", KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    EXPORT_SNAPSHOT("File", "Export a snapshot at the cursor", KeyCode.E, KeyCombination.SHORTCUT_DOWN),
    EXPORT_DIFF("File", "Export the diff between the pins", KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    QUIT("File", "Quit Chronoscope", KeyCode.Q, KeyCombination.SHORTCUT_DOWN),

    GO_TO("Navigate", "Go to a position or a time", KeyCode.G, KeyCombination.SHORTCUT_DOWN),
    PREVIOUS_EVENT("Navigate", "Previous event", KeyCode.LEFT),
    NEXT_EVENT("Navigate", "Next event", KeyCode.RIGHT),
    PREVIOUS_STREAM_EVENT("Navigate", "Previous event of the inspected stream", KeyCode.LEFT, KeyCombination.SHIFT_DOWN),
    NEXT_STREAM_EVENT("Navigate", "Next event of the inspected stream", KeyCode.RIGHT, KeyCombination.SHIFT_DOWN),
    FIRST("Navigate", "First event", KeyCode.HOME),
    LAST("Navigate", "Last event", KeyCode.END),
    FIND_STREAM("Navigate", "Find a stream (focus the stream filter)", KeyCode.F, KeyCombination.SHORTCUT_DOWN),

    PLAY_PAUSE("Timeline", "Play or pause", KeyCode.SPACE),
    PIN_A("Timeline", "Pin A at the cursor", KeyCode.A),
    PIN_B("Timeline", "Pin B at the cursor", KeyCode.B),
    CLEAR_PINS("Timeline", "Clear both pins", KeyCode.C),
    FIT_TIMELINE("Timeline", "Fit the whole log into the timeline", KeyCode.F),
    TOGGLE_AXIS("Timeline", "Switch the axis between position and time", KeyCode.T),
    REPLAY_FROM_KNOWN_STATES("Timeline", "Start states from known states (Axon snapshots), or from the first event", KeyCode.K),

    THEME("View", "Switch between light and dark", KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    SHOW_STATE("View", "Show the state of the inspected stream", KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
    SHOW_DIFF("View", "Show the diff", KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
    SHOW_EVENT("View", "Show the event at the cursor", KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
    SHOW_PROBLEMS("View", "Show the rejected records", KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN),

    SHORTCUTS_SHEET("Help", "Show keyboard shortcuts", KeyCode.F1);

    /** The categories in the order the sheet shows them. */
    public static final List<String> CATEGORIES = List.of("File", "Navigate", "Timeline", "View", "Help");

    private final String category;
    private final String description;
    private final KeyCodeCombination combination;

    Shortcut(String category, String description, KeyCode key, Modifier... modifiers) {
        this.category = category;
        this.description = description;
        this.combination = new KeyCodeCombination(key, modifiers);
    }

    /** The keys, for {@code MenuItem.setAccelerator} and {@code KeyCombination.match}. */
    public KeyCombination combination() {
        return combination;
    }

    /** What it does, as a sentence fragment: {@code Open a log file}. */
    public String description() {
        return description;
    }

    /** One of {@link #CATEGORIES}: File, Navigate, Timeline, View or Help. */
    public String category() {
        return category;
    }

    /** The keys as the platform writes them: {@code Ctrl+Shift+E} (⌘ on macOS). */
    public String displayText() {
        return combination.getDisplayText();
    }

    /** A tooltip for a button: {@code tooltip("Open…")} is {@code Open… (Ctrl+O)}. */
    public String tooltip(String label) {
        return label + " (" + displayText() + ")";
    }

    /**
     * The keys one by one, modifiers first, as printed on key caps: {@code [Ctrl, Shift, E]},
     * {@code [Shift, ←]}.
     */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        boolean mac = System.getProperty("os.name", "").startsWith("Mac");
        if (combination.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            keys.add(mac ? "\u2318" : "Ctrl");
        }
        if (combination.getShift() == KeyCombination.ModifierValue.DOWN) {
            keys.add("Shift");
        }
        keys.add(switch (combination.getCode()) {
            case LEFT -> "\u2190";
            case RIGHT -> "\u2192";
            case UP -> "\u2191";
            case DOWN -> "\u2193";
            default -> combination.getCode().getName();
        });
        return List.copyOf(keys);
    }

    /** The shortcuts of each category, categories in {@link #CATEGORIES} order, shortcuts in declaration order. */
    public static Map<String, List<Shortcut>> byCategory() {
        Map<String, List<Shortcut>> groups = new LinkedHashMap<>();
        for (String c : CATEGORIES) {
            groups.put(c, new ArrayList<>());
        }
        for (Shortcut s : values()) {
            groups.get(s.category).add(s);
        }
        groups.replaceAll((c, list) -> List.copyOf(list));
        return groups;
    }
}
