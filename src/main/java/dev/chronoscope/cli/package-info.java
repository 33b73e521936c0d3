/**
 * The headless command line of DESIGN.md ({@code info}, {@code events}, {@code state}, {@code diff},
 * {@code export}, {@code bench}, {@code gui}): parses arguments with picocli, runs the engine and
 * prints JSON on stdout, warnings and errors on stderr.
 */
package dev.chronoscope.cli;
