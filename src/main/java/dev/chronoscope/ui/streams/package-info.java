/**
 * The streams list of the main window: {@link dev.chronoscope.ui.streams.StreamsView} lists the
 * streams of a log with their type and event count, filters and sorts them, and reads and writes
 * the inspected stream as a property. {@link dev.chronoscope.ui.streams.StreamCatalog} and
 * {@link dev.chronoscope.ui.streams.NaturalOrder} are the pure logic behind it.
 */
package dev.chronoscope.ui.streams;
