/**
 * The event envelope of DESIGN.md and the columnar, immutable {@link dev.chronoscope.event.EventLog}
 * that holds a whole log compactly: primitive columns for position, stream, type, version and
 * time, interned names, and payloads kept as raw UTF-8 JSON bytes that are parsed on demand.
 */
package dev.chronoscope.event;
