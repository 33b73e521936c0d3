/**
 * Loading event logs from files into an {@link dev.chronoscope.event.EventLog}: format detection,
 * the readers per format (JSON Lines and JSON, optionally gzip-compressed), the field mapping of
 * DESIGN.md and timestamp parsing. Every record becomes an event or a rejection ("Nothing lost");
 * the source is only ever read. Entry point: {@link dev.chronoscope.source.EventLogLoader}.
 */
package dev.chronoscope.source;
