package dev.chronoscope.cli;

import dev.chronoscope.ui.GuiLauncher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gui [SOURCE] [--at N]}: opens the desktop explorer. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the Chronoscope window on SOURCE (default: the bundled sample).")
final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE", description = "The event log to open.")
    Path source;

    @Option(names = "--at", paramLabel = "N", description = "Put the cursor at position N.")
    Long at;

    @Override
    public Integer call() {
        openGui(source, at);
        return 0;
    }

    static void openGui(Path source, Long at) {
        GuiLauncher.launch(source, at);
    }
}
