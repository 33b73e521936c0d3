package dev.chronoscope.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The registry alone; key combinations are values, so no toolkit is needed. */
class ShortcutTest {

    @Test
    void noTwoShortcutsShareKeys() {
        Map<KeyCombination, List<Shortcut>> byKeys = Arrays.stream(Shortcut.values())
                .collect(Collectors.groupingBy(Shortcut::combination));

        assertEquals(Map.of(), byKeys.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void theRequestedKeysAreAssigned() {
        assertEquals(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), Shortcut.OPEN.combination());
        assertEquals(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                Shortcut.EXPORT_DIFF.combination());
        assertEquals(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHIFT_DOWN), Shortcut.PREVIOUS_STREAM_EVENT.combination());
        assertEquals(new KeyCodeCombination(KeyCode.SPACE), Shortcut.PLAY_PAUSE.combination());
        assertEquals(new KeyCodeCombination(KeyCode.F1), Shortcut.SHORTCUTS_SHEET.combination());
    }

    @Test
    @DisabledOnOs(OS.MAC)
    void tooltipsAppendTheKeysAsThePlatformWritesThem() {
        assertEquals("Open… (Ctrl+O)", Shortcut.OPEN.tooltip("Open…"));
        assertEquals("Export diff… (Ctrl+Shift+E)", Shortcut.EXPORT_DIFF.tooltip("Export diff…"));
        assertEquals("Play (Space)", Shortcut.PLAY_PAUSE.tooltip("Play"));
    }

    @Test
    @DisabledOnOs(OS.MAC)
    void keysListModifiersFirstAndDrawArrows() {
        assertEquals(List.of("Ctrl", "Shift", "E"), Shortcut.EXPORT_DIFF.keys());
        assertEquals(List.of("Shift", "\u2190"), Shortcut.PREVIOUS_STREAM_EVENT.keys());
        assertEquals(List.of("Home"), Shortcut.FIRST.keys());
        assertEquals(List.of("F1"), Shortcut.SHORTCUTS_SHEET.keys());
    }

    @Test
    void byCategoryGroupsEveryShortcutOnceInTheSheetsOrder() {
        Map<String, List<Shortcut>> groups = Shortcut.byCategory();

        assertEquals(List.of("File", "Navigate", "Timeline", "View", "Help"), new ArrayList<>(groups.keySet()));
        assertEquals(List.of(Shortcut.values()),
                groups.values().stream().flatMap(List::stream).sorted().toList());
        assertEquals(List.of(Shortcut.SHORTCUTS_SHEET), groups.get("Help"));
    }

    @Test
    void everyShortcutHasADescriptionAndAKnownCategory() {
        Map<Shortcut, String> problems = Arrays.stream(Shortcut.values())
                .filter(s -> s.description().isBlank() || !Shortcut.CATEGORIES.contains(s.category()))
                .collect(Collectors.toMap(Function.identity(), Shortcut::category));

        assertEquals(Map.of(), problems);
        assertFalse(Shortcut.FIND_STREAM.description().isBlank());
        assertTrue(Shortcut.FIND_STREAM.description().contains("filter"));
    }
}
