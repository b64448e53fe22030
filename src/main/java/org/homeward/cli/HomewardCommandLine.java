package org.homeward.cli;

import org.homeward.database.DataDirectoryInUseException;
import org.homeward.database.SettingException;
import picocli.CommandLine;

/** Runs the {@code homeward} command line and answers the process exit code. */
public final class HomewardCommandLine {

    private HomewardCommandLine() {}

    /**
     * Runs the command line.
     *
     * @param application the Spring Boot application class that commands start
     */
    public static int run(Class<?> application, String... args) {
        ApplicationStarter.applicationClass = application;
        CommandLine commandLine = new CommandLine(new HomewardCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            Throwable cause = rootCause(exception);
            if (cause instanceof DataDirectoryInUseException || cause instanceof CommandFailedException) {
                line.getErr().println("homeward: " + cause.getMessage());
                return 2;
            }
            if (cause instanceof SettingException setting) {
                line.getErr().println("homeward: " + setting.getMessage() + ". " + setting.action());
                return 2;
            }
            line.getErr().println("homeward: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof DataDirectoryInUseException || cause instanceof CommandFailedException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }
}
