/**
 * The import dialog: how the columns of a CSV file become event roles, previewed on its first
 * records with the count the real reader would reject, and the equivalent command-line flags.
 */
package dev.chronoscope.ui.importer;
