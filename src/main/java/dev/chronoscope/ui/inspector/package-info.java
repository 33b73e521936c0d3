/**
 * The inspector's views, one per tab: {@link dev.chronoscope.ui.inspector.StateView} (a stream's
 * state as a tree, with what changed), {@link dev.chronoscope.ui.inspector.DiffView} (a JSON Patch
 * between two states, side by side), {@link dev.chronoscope.ui.inspector.EventView} (one event's
 * envelope and payload) and {@link dev.chronoscope.ui.inspector.ProblemsView} (rejected records).
 * Each view takes JavaFX properties as its only inputs and carries its own stylesheet; the pure
 * helpers ({@link dev.chronoscope.ui.inspector.JsonLines}, {@link dev.chronoscope.ui.inspector.Changes},
 * {@link dev.chronoscope.ui.inspector.PatchOps}) hold the logic worth testing without a stage.
 */
package dev.chronoscope.ui.inspector;
