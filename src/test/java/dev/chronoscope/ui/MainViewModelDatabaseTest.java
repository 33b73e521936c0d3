package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.ui.open.H2Stores;
import dev.chronoscope.ui.open.SampleDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Databases go through MainViewModel's loading path like files: title, progress in rows, failure notice. */
class MainViewModelDatabaseTest {

    @TempDir
    static Path dir;
    static String url;

    private final MainViewModel viewModel = new MainViewModel(new SourceLogOpener(), new CurrentThreadTaskExecutor());

    @BeforeAll
    static void createAStore() throws Exception {
        url = H2Stores.marten(dir, "shop", 50);
    }

    @Test
    void openingADatabaseLoadsItAndTitlesTheWindowWithItsUrl() {
        List<LogSource> opened = new ArrayList<>();
        viewModel.onOpenedSource(opened::add);
        LogSource source = LogSource.database(DatabaseOptions.of(url));

        viewModel.open(source);

        assertEquals(LoadState.LOADED, viewModel.stateProperty().get());
        assertEquals(50, viewModel.summaryProperty().get().events());
        assertEquals(2, viewModel.summaryProperty().get().streams());
        assertEquals(url + " — Chronoscope", viewModel.titleProperty().get());
        assertEquals(source, viewModel.sourceProperty().get());
        assertNull(viewModel.fileProperty().get());
        assertEquals(List.of(source), opened);
        assertEquals(url, viewModel.explorer().openedProperty().get().sourceName());
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsANoticeWithoutThePassword() {
        String missing = "jdbc:h2:" + dir.resolve("missing").toAbsolutePath() + ";PASSWORD=hunter2";

        viewModel.open(LogSource.database(DatabaseOptions.of(missing)));

        assertEquals(LoadState.FAILED, viewModel.stateProperty().get());
        Notice notice = viewModel.noticeProperty().get();
        assertEquals(Notice.Kind.ERROR, notice.kind());
        assertTrue(notice.header().startsWith("Could not open jdbc:h2:"), notice.header());
        for (String shown : List.of(notice.header(), notice.detail(), viewModel.titleProperty().get(),
                viewModel.errorMessageProperty().get())) {
            assertFalse(shown.contains("hunter2"), shown);
        }
    }

    @Test
    void aFailedDatabaseLeavesTheOpenLogOpen() {
        viewModel.open(LogSource.database(DatabaseOptions.of(url)));

        viewModel.open(LogSource.database(DatabaseOptions.of("jdbc:h2:" + dir.resolve("missing").toAbsolutePath())));

        assertEquals(LoadState.LOADED, viewModel.stateProperty().get());
        assertEquals(url + " — Chronoscope", viewModel.titleProperty().get());
        assertEquals(50, viewModel.summaryProperty().get().events());
    }

    @Test
    void theSampleDatabaseIsCreatedThenOpenedWithTheSampleFilesEvents(@TempDir Path config) {
        viewModel.openSampleDatabase(config);

        assertEquals(LoadState.LOADED, viewModel.stateProperty().get());
        assertEquals(3_768, viewModel.summaryProperty().get().events());
        assertEquals(0, viewModel.summaryProperty().get().rejected());
        assertEquals(SampleDatabase.options(config).url() + " — Chronoscope", viewModel.titleProperty().get());
    }
}
