package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chronoscope.source.LoadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MainViewModel#open(Path, LoadOptions)}: the import dialog's options reach the loader, per call. */
class OpenWithOptionsTest {

    @TempDir
    Path dir;

    private final MainViewModel viewModel = new MainViewModel(new SourceLogOpener(), new CurrentThreadTaskExecutor());

    @Test
    void theOptionsOfACallAreUsedForThatCallOnly() throws Exception {
        Path csv = dir.resolve("log.csv");
        Files.writeString(csv, "case,state,n\nc1,?,1\nc1,Open,2\n", StandardCharsets.UTF_8);
        LoadOptions options = LoadOptions.defaults().withMap("type", "state").withMap("stream", "case").withNullToken("?");

        viewModel.open(csv, options);
        assertEquals(LoadState.LOADED, viewModel.stateProperty().get());
        assertEquals(1, viewModel.logProperty().get().size());
        assertEquals(1, viewModel.logProperty().get().rejections().size());
        assertEquals(options, viewModel.loadOptionsProperty().get());

        viewModel.open(csv, options.withNullToken(null));
        assertEquals(2, viewModel.logProperty().get().size());

        viewModel.open(csv); // no options: the opener's own, which find no type column
        assertEquals(2, viewModel.logProperty().get().size()); // the open log stays
        assertEquals(options.withNullToken(null), viewModel.loadOptionsProperty().get());

        Path jsonl = dir.resolve("log.jsonl");
        Files.writeString(jsonl, "{\"stream\":\"a\",\"type\":\"T\"}\n", StandardCharsets.UTF_8);
        viewModel.open(jsonl);
        assertEquals(1, viewModel.logProperty().get().size());
        assertNull(viewModel.loadOptionsProperty().get());
    }
}
