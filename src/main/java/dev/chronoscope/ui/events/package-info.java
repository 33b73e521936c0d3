/**
 * The events table of the main window: {@link dev.chronoscope.ui.events.EventsTableView} shows the
 * log's events in log order, filtered by type or by the inspected stream, and keeps its selection
 * on the cursor. {@link dev.chronoscope.ui.events.Rows} is the pure logic behind it (which events
 * are shown, which row belongs to a cursor).
 */
package dev.chronoscope.ui.events;
