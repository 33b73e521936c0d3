package dev.chronoscope.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest when there is one. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ChronoscopeCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Chronoscope " + (v == null ? "(development build)" : v)};
    }
}
