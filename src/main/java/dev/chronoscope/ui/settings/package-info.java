/**
 * What the GUI remembers between runs: {@link dev.chronoscope.ui.settings.Settings} (one
 * properties file), the recent sources ({@link dev.chronoscope.ui.settings.RecentFiles}), the
 * {@link dev.chronoscope.ui.settings.Theme} and the window's and split panes' geometry
 * ({@link dev.chronoscope.ui.settings.WindowState}).
 */
package dev.chronoscope.ui.settings;
