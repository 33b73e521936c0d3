package dev.chronoscope;

import dev.chronoscope.cli.ChronoscopeCommand;

/**
 * The one entry point of the jar, {@code mvn javafx:run} and {@code exec:java}. It does not extend
 * {@code javafx.application.Application}, so that JavaFX is loaded only when the GUI is asked for
 * and the class path launch works everywhere (TOOLCHAIN.md). With no arguments it opens the GUI;
 * otherwise the arguments are a CLI command.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        System.exit(ChronoscopeCommand.run(args));
    }
}
