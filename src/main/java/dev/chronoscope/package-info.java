/** Chronoscope, a time-travel explorer for event-sourced systems: the launcher at the top. */
package dev.chronoscope;
