package dev.chronoscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code chronoscope} command: with no subcommand, opens the GUI. */
@Command(name = "chronoscope", mixinStandardHelpOptions = true, version = "Chronoscope 0.1",
        description = "Time-travel explorer for event-sourced systems.")
public final class ChronoscopeCommand implements java.util.concurrent.Callable<Integer> {

    @Override
    public Integer call() {
        dev.chronoscope.ui.GuiLauncher.launch(null, null);
        return 0;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new ChronoscopeCommand()).execute(args);
    }
}
