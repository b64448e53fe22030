package org.homeward.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = HomewardCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Homeward " + (version == null ? "development build" : version)};
    }
}
