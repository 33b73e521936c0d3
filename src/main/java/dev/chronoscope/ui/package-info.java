/**
 * The JavaFX desktop GUI, and the only package that may use JavaFX (ArchitectureTest keeps it so).
 * MVVM: view-models ({@link dev.chronoscope.ui.MainViewModel}) hold the state as read-only
 * properties and the commands; views are built in code, bind to a view-model and forward user
 * actions; heavy work runs off the FX thread through a {@link dev.chronoscope.ui.TaskExecutor},
 * whose synchronous implementation makes view-models testable without a toolkit.
 * {@link dev.chronoscope.ui.GuiLauncher} is the one door the CLI uses.
 */
package dev.chronoscope.ui;
