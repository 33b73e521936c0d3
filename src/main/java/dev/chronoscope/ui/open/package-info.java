/**
 * Opening sources other than a chosen file: the Open Database dialog ({@link
 * dev.chronoscope.ui.open.OpenDatabaseDialog}, its view-model {@link
 * dev.chronoscope.ui.open.OpenDatabaseViewModel}) and the embedded sample database that
 * File &gt; Open Sample Database creates on first use ({@link dev.chronoscope.ui.open.SampleDatabase}).
 */
package dev.chronoscope.ui.open;
