/**
 * Computes differences between states as values: RFC 6902 JSON Patch operations turning one state
 * (of a stream or of the world) into another, for the CLI to print and the UI to paint.
 */
package dev.chronoscope.diff;
