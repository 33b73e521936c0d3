/**
 * Loading event logs from files into an {@link dev.chronoscope.event.EventLog}: format detection,
 * the readers per format (JSON Lines, JSON and CloudEvents, CSV, XES; each optionally
 * gzip-compressed or the one file of a zip archive), the field mapping of DESIGN.md and timestamp
 * parsing. Every record becomes an event or a rejection ("Nothing lost");
 * the source is only ever read. Entry point: {@link dev.chronoscope.source.EventLogLoader}.
 *
 * <p>Choices made where DESIGN.md is silent:
 * <ul>
 *   <li>A key whose value is JSON {@code null} counts as absent, for every role (so the next key
 *       of the table is tried, and {@code "data": null} means no data).</li>
 *   <li>Whether a log is one stream named {@code all} is decided from the whole log: only when no
 *       record has any stream key. When the stream role is overridden ({@code --map stream=…}),
 *       a record where that field is missing is rejected, like a missing default key.</li>
 *   <li>Version must be an integer literal or a string of one; {@code 1.0} is rejected.</li>
 *   <li>Dates written {@code a/b/yyyy} are day-first unless only month-first is possible.</li>
 *   <li>JSON documents are read whole into memory and parsed on one thread; JSON Lines are read in
 *       blocks and parsed on worker threads, most lines by an allocation-free scanner that hands
 *       anything unusual to Jackson.</li>
 * </ul>
 */
package dev.chronoscope.source;
