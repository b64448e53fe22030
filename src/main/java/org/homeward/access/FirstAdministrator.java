package org.homeward.access;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty registry, creates the administrator "admin" with a random
 * password and hands it over once, never through the logger (log files and appenders keep what
 * they are given): on the terminal when Homeward runs in one, otherwise (as a service) in a file
 * of the data directory readable by its owner only, whose place alone is logged. There is never a
 * fixed default password.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

    static final String PASSWORD_FILE = "first-administrator-password";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private final UserService users;
    private final Path dataDirectory;

    FirstAdministrator(UserService users, @Value("${homeward.data-dir:homeward-data}") Path dataDirectory) {
        this.users = users;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!users.noUsers()) {
            return;
        }
        String password = users.randomPassword(20);
        try {
            users.create("admin", Role.ADMIN, password, null);
        } catch (UserProblemException raced) {
            return;
        }
        Console terminal = System.console();
        if (terminal != null) {
            show(terminal.writer(), password);
        } else {
            Path file = writeOwnerOnly(password);
            log.warn(
                    "First start: created the administrator 'admin'. Its password is in {} (readable by its owner only); "
                            + "sign in, change it with './homeward users reset-password --username admin', then delete the file",
                    file);
        }
    }

    private static void show(PrintWriter terminal, String password) {
        terminal.println();
        terminal.println("==================================================================");
        terminal.println(" First start: created the administrator account");
        terminal.println("   username: admin");
        terminal.println("   password: " + password);
        terminal.println(" This password is shown only now. Change it with");
        terminal.println("   ./homeward users reset-password --username admin");
        terminal.println("==================================================================");
        terminal.println();
        terminal.flush();
    }

    private Path writeOwnerOnly(String password) throws IOException {
        Files.createDirectories(dataDirectory);
        Path file = dataDirectory.resolve(PASSWORD_FILE).toAbsolutePath();
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
                file, "username: admin" + System.lineSeparator() + "password: " + password + System.lineSeparator());
        return file;
    }
}
