/**
 * Reconstructs state: folds a stream's events through a {@link dev.chronoscope.replay.Reducer}
 * (JSON Merge Patch by default) and answers "state of a stream / of the world at position p" fast,
 * from lazily built per-stream checkpoints.
 */
package dev.chronoscope.replay;
