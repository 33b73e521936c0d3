/**
 * Exports a state as a snapshot document (DESIGN.md "Snapshot document"): the record, the canonical
 * JSON and its SHA-256 that make a snapshot checkable, and the atomic writer.
 */
package dev.chronoscope.snapshot;
