package dev.chronoscope.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.Preset;
import dev.chronoscope.ui.CurrentThreadTaskExecutor;
import dev.chronoscope.ui.open.OpenDatabaseViewModel.TestState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenDatabaseViewModelTest {

    @TempDir
    static Path dir;
    static String martenUrl;

    private final OpenDatabaseViewModel model = new OpenDatabaseViewModel(new CurrentThreadTaskExecutor());

    @BeforeAll
    static void createAStore() throws Exception {
        martenUrl = H2Stores.marten(dir, "shop", 1234);
    }

    @Nested
    class TestConnection {

        @Test
        void reportsTheDetectedPresetAndTheEventCount() {
            model.urlProperty().set(martenUrl);

            model.testConnection();

            assertEquals(TestState.OK, model.testStateProperty().get());
            assertEquals("Connected: preset marten detected, 1,234 events", model.testMessageProperty().get());
        }

        @Test
        void aGivenPresetIsNotCalledDetected() {
            model.urlProperty().set(martenUrl);
            model.presetProperty().set(Preset.MARTEN);

            model.testConnection();

            assertEquals("Connected: preset marten, 1,234 events", model.testMessageProperty().get());
        }

        @Test
        void countsTheRowsOfAGenericQuery() {
            model.urlProperty().set(martenUrl);
            model.presetProperty().set(Preset.GENERIC);
            model.queryProperty().set("SELECT seq_id, stream_id AS stream, type, data FROM mt_events WHERE version <= 10 ORDER BY seq_id");

            model.testConnection();

            assertEquals("Connected: preset generic, 20 events", model.testMessageProperty().get());
        }

        @Test
        void saysWhyWhenTheDatabaseDoesNotExist() {
            String missing = "jdbc:h2:" + dir.resolve("nothing-here").toAbsolutePath();
            model.urlProperty().set(missing);

            model.testConnection();

            assertEquals(TestState.FAILED, model.testStateProperty().get());
            assertTrue(model.testMessageProperty().get().startsWith(missing + ": "), model.testMessageProperty().get());
        }

        @Test
        void aWrongPasswordNamesTheDialogsFieldsNotTheCommandLinesOptions() throws Exception {
            model.urlProperty().set(H2Stores.marten(dir, "guarded", 1, "owner", "right"));
            model.userProperty().set("owner");
            model.passwordProperty().set("wrong");

            model.testConnection();

            assertEquals(TestState.FAILED, model.testStateProperty().get());
            assertTrue(model.testMessageProperty().get().endsWith("check the User and Password fields"),
                    model.testMessageProperty().get());
        }

        @Test
        void saysWhichTablesArePresentWhenThePresetDoesNotMatch() {
            model.urlProperty().set(martenUrl);
            model.presetProperty().set(Preset.AXON);

            model.testConnection();

            assertEquals(TestState.FAILED, model.testStateProperty().get());
            assertTrue(model.testMessageProperty().get().contains("MT_EVENTS"), model.testMessageProperty().get());
        }

        @Test
        void changingAFieldForgetsTheOutcome() {
            model.urlProperty().set(martenUrl);
            model.testConnection();

            model.userProperty().set("someone");

            assertEquals(TestState.NONE, model.testStateProperty().get());
            assertEquals("", model.testMessageProperty().get());
        }
    }

    @Nested
    class Form {

        @Test
        void needsAJdbcUrl() {
            assertFalse(model.validProperty().get());
            model.urlProperty().set("/tmp/events.jsonl");
            assertFalse(model.validProperty().get());
            assertTrue(model.problemProperty().get().contains("jdbc:"));
            model.urlProperty().set(OpenDatabaseViewModel.EXAMPLE_URLS.get(1));
            assertFalse(model.validProperty().get(), "an example as it stands");
            model.urlProperty().set("jdbc:postgresql://db.example:5432/shop");
            assertTrue(model.validProperty().get());
            assertEquals("", model.problemProperty().get());
        }

        @Test
        void theGenericPresetNeedsAQueryAndShowsItsField() {
            model.urlProperty().set(martenUrl);
            model.presetProperty().set(Preset.GENERIC);

            assertTrue(model.queryShownProperty().get());
            assertFalse(model.schemaShownProperty().get());
            assertFalse(model.validProperty().get());

            model.queryProperty().set("SELECT * FROM mt_events");
            assertTrue(model.validProperty().get());
        }

        @Test
        void theSchemaIsShownForMartenOnly() {
            model.presetProperty().set(Preset.MARTEN);
            assertTrue(model.schemaShownProperty().get());
            model.presetProperty().set(Preset.AXON);
            assertFalse(model.schemaShownProperty().get());
        }

        @Test
        void optionsTakeOnlyTheFieldsThatApplyToThePreset() {
            model.urlProperty().set(" jdbc:postgresql://localhost/shop ");
            model.userProperty().set("reader");
            model.passwordProperty().set("s3cret");
            model.schemaProperty().set("shop");
            model.queryProperty().set("SELECT 1");
            model.presetProperty().set(Preset.AXON);

            assertEquals(new DatabaseOptions("jdbc:postgresql://localhost/shop", Preset.AXON, "reader", "s3cret", null, null),
                    model.options());

            model.presetProperty().set(Preset.MARTEN);
            assertEquals(new DatabaseOptions("jdbc:postgresql://localhost/shop", Preset.MARTEN, "reader", "s3cret", null, "shop"),
                    model.options());
        }

        @Test
        void aRecentSourceFillsTheFieldsAndComesFirstAmongTheUrls() {
            DatabaseOptions recent = new DatabaseOptions("jdbc:postgresql://localhost/shop", Preset.GENERIC, "reader", null,
                    "SELECT * FROM events", null);
            OpenDatabaseViewModel withHistory = new OpenDatabaseViewModel(new CurrentThreadTaskExecutor(),
                    options -> { throw new AssertionError("not tested"); }, List.of(recent));

            withHistory.historyEntry(recent.url()).ifPresent(withHistory::fill);

            assertEquals(recent, withHistory.options());
            assertEquals(recent.url(), withHistory.urlChoices().get(0));
            assertEquals(OpenDatabaseViewModel.EXAMPLE_URLS, withHistory.urlChoices().subList(1, 4));
        }
    }
}
