/**
 * Bins the events of an {@link dev.chronoscope.event.EventLog} along a timeline axis (position or
 * time) for painting, without JavaFX: per-bin counts by event type, computed from indexes built
 * once so that zooming and panning over a million events re-bins in about a millisecond.
 */
package dev.chronoscope.timeline;
