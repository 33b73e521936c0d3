/**
 * Reading event stores in relational databases (H2, PostgreSQL, SQLite) over JDBC into the same
 * {@link dev.chronoscope.event.EventLog} as files: presets that map the tables of Axon Framework,
 * Marten, Eventuous and Message DB onto the envelope, a generic preset for any query, detection of
 * the preset from the tables present, and payload decoding (JSON, or XStream XML turned into JSON).
 * Always read-only and streamed with a cursor. Entry point: {@link dev.chronoscope.source.db.DatabaseSource};
 * the choices are recorded in ADR 0008.
 */
package dev.chronoscope.source.db;
