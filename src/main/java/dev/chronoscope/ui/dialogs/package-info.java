/**
 * The main window's dialogs and the one registry of keyboard shortcuts
 * ({@link dev.chronoscope.ui.dialogs.Shortcut}) that menus, tooltips and the
 * {@link dev.chronoscope.ui.dialogs.ShortcutsSheet} share. Input parsing lives in plain classes
 * ({@link dev.chronoscope.ui.dialogs.GoToTarget}) so that it is tested without a toolkit; every
 * dialog takes its owner window and that window's stylesheets.
 */
package dev.chronoscope.ui.dialogs;
