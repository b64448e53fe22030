package org.homeward.cli;

/** The name under which the command line acts in the audit trail: the operating-system user. */
final class CommandActor {

    private CommandActor() {}

    static String name() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
