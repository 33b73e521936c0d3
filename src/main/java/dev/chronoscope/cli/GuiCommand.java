package dev.chronoscope.cli;

import dev.chronoscope.ui.GuiLauncher;
import dev.chronoscope.ui.GuiRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gui [SOURCE] [--at N] [source options]}: opens the desktop explorer. The source options
 * are those of every other command. A CSV file, or a JSON file whose stream or type field is not
 * found, opens through the import dialog (pre-filled with the options given) unless {@code --map}
 * or {@code --ignore} say how to read it; a JDBC URL opens the database.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the Chronoscope window on SOURCE (default: the bundled sample).")
final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE", description = SourceFlags.SOURCE_DESCRIPTION)
    String source;

    @Mixin
    SourceFlags options;

    @Option(names = "--at", paramLabel = "N", description = "Put the cursor at position N.")
    Long at;

    @Override
    public Integer call() {
        GuiLauncher.launch(request());
        return 0;
    }

    /** What the window is asked to open; the options are checked as for the other commands. */
    GuiRequest request() {
        if (source == null) {
            return GuiRequest.sample(at);
        }
        options.source = source;
        var load = options.loadOptions();
        if (options.checkSourceKind()) {
            return GuiRequest.database(options.databaseOptions(), load, at);
        }
        return GuiRequest.file(Path.of(source).toAbsolutePath(), load, !options.mapsFields(), at);
    }

    static void openGui(Path source, Long at) {
        GuiLauncher.launch(source == null ? GuiRequest.sample(at) : GuiRequest.file(source.toAbsolutePath(), null, true, at));
    }
}
